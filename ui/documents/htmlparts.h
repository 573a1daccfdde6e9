#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace opora {
class Database;
}

// Pieces of the HTML that documents are built from, in one style.
namespace opora::ui::html {

// The centre's name for a title block or a header (Tools → Centre name and logo), or a plain
// "Social service centre" when none is set.
QString centreName(const Database &db);

// Text made safe for HTML; line breaks kept.
QString esc(const QString &text);
// A table with a header row; columns from `numbersFrom` on are right-aligned figures. Cells
// are HTML (escape text with esc); widths are percentages per column.
// With a caption, it is the table's own first row, so a page never ends between the two.
QString table(const QStringList &headers, const QList<QStringList> &rows, int numbersFrom,
              const QList<int> &widths = {}, const QString &caption = {});
// For a table of `rows` rows: a long one (more than a dozen) starts on a page of its own, so
// its heading is never left alone at the foot of the page before.
QString newPageFor(qsizetype rows);
// Keeps a heading and a short table on one page: both in one cell of an outer table.
QString keepTogether(const QString &html);
// A numbered section heading.
QString heading(int number, const QString &title);
QString paragraph(const QString &text);
// "Label: text" in one paragraph, so a page never ends between a label and its text.
QString labelled(const QString &label, const QString &text);
// A label and value pair list, as in a title block.
QString facts(const QList<QPair<QString, QString>> &rows);
// A document's title block: the kind of document above, the name of what it is about below.
QString title(const QString &kind, const QString &name);
// Lines to sign on: "who ____________ / name / date".
QString signatures(const QStringList &who);

} // namespace opora::ui::html
