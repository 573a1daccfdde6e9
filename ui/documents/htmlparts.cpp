#include "documents/htmlparts.h"

#include "centre/centredetails.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace opora::ui::html {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(opora::ui::Documents)
};
} // namespace

QString centreName(const Database &db)
{
    const QString name = CentreDetails::load(db).name.trimmed();
    return name.isEmpty() ? Text::tr("Social service centre") : name;
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

// A table with a header row; columns from `numbersFrom` on are right-aligned figures.
QString table(const QStringList &headers, const QList<QStringList> &rows, int numbersFrom,
              const QList<int> &widths, const QString &caption)
{
    QString html = u"<table width='100%' cellspacing='0' cellpadding='4' border='0' "
                   "style='border-collapse: collapse;'>"_s;
    if (!caption.isEmpty())
        html += u"<tr><td colspan='%1' style='padding-top: 8px;'><b>%2</b></td></tr>"_s
                    .arg(headers.size())
                    .arg(esc(caption));
    html += u"<tr>"_s;
    for (int c = 0; c < headers.size(); ++c)
        html += u"<th align='%1' style='background-color: #dfe7ef; border-bottom: 1px solid "
                "#1f4e79;'%2>%3</th>"_s.arg(c >= numbersFrom ? u"right"_s : u"left"_s,
                                            c < widths.size() ? u" width='%1%'"_s.arg(widths.at(c))
                                                              : QString(),
                                            esc(headers.at(c)));
    html += u"</tr>"_s;
    for (int r = 0; r < rows.size(); ++r) {
        html += r % 2 ? u"<tr style='background-color: #f4f6f8;'>"_s : u"<tr>"_s;
        for (int c = 0; c < rows.at(r).size(); ++c)
            html += u"<td align='%1' style='border-bottom: 1px solid #d0d7de;'>%2</td>"_s.arg(
                c >= numbersFrom ? u"right"_s : u"left"_s, rows.at(r).at(c));
        html += u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

QString newPageFor(qsizetype rows)
{
    return rows > 12 ? u"<p style='page-break-before: always; margin: 0;'></p>"_s : QString();
}

QString keepTogether(const QString &html)
{
    return u"<table width='100%' cellspacing='0' cellpadding='0' border='0'><tr><td>"_s + html +
           u"</td></tr></table>"_s;
}

QString heading(int number, const QString &title)
{
    return u"<h2 style='color: #1f4e79; font-size: 13pt; margin-top: 14px;'>%1. %2</h2>"_s
        .arg(number)
        .arg(esc(title));
}

QString paragraph(const QString &text)
{
    return u"<p style='margin-top: 2px;'>%1</p>"_s.arg(esc(text));
}

QString labelled(const QString &label, const QString &text)
{
    return u"<p style='margin-top: 4px;'><b>%1:</b> %2</p>"_s.arg(esc(label), esc(text));
}

QString facts(const QList<QPair<QString, QString>> &rows)
{
    QString html = u"<table cellspacing='0' cellpadding='3'>"_s;
    for (const auto &[label, value] : rows)
        html += u"<tr><td style='color: #555555;' width='38%'>%1</td><td><b>%2</b></td></tr>"_s.arg(
            esc(label), esc(value));
    return html + u"</table>"_s;
}

QString title(const QString &kind, const QString &name)
{
    return u"<p style='color: #1f4e79; font-size: 10pt; font-weight: 600;'>%1</p>"
           "<h1 style='font-size: 17pt; margin-top: 2px;'>%2</h1>"_s.arg(esc(kind), esc(name));
}

QString signatures(const QStringList &who)
{
    QString html = u"<table width='100%' cellspacing='0' cellpadding='10'>"_s;
    for (const QString &w : who)
        html += u"<tr><td width='40%'>%1</td><td width='35%' style='border-bottom: 1px solid "
                "#111111;'>&nbsp;</td><td width='25%' style='border-bottom: 1px solid "
                "#111111;'>&nbsp;</td></tr>"_s.arg(esc(w));
    return html + u"</table>"_s;
}

} // namespace opora::ui::html
