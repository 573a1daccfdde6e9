#include "dialogs/aboutdialog.h"

#include "appicon.h"
#include "appinfo.h"
#include "db/database.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opora::ui {

namespace {

QLabel *selectableLabel(const QString &text, const QString &objectName)
{
    auto *label = new QLabel(text);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

AboutDialog::AboutDialog(const Database &db, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Opora"));

    auto *icon = new QLabel;
    icon->setPixmap(applicationIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(u"<b><big>%1</big></b><br>%2"_s.arg(
        tr("Opora").toHtmlEscaped(),
        tr("Case management for a social-service centre").toHtmlEscaped()));
    const QString version = QString::fromLatin1(Version);
    auto *versionLabel = selectableLabel(tr("Version %1").arg(version), u"version"_s);

    QString path = QDir::toNativeSeparators(db.path());
    if (db.isReadOnly())
        path = tr("%1 (opened read-only)").arg(path);
    const QString schema = QString::number(db.schemaVersion());
    const QString qt = QString::fromLatin1(qVersion());

    auto *facts = new QFormLayout;
    facts->addRow(tr("Database file:"), selectableLabel(path, u"databasePath"_s));
    facts->addRow(tr("Database schema version:"), selectableLabel(schema, u"schemaVersion"_s));
    facts->addRow(tr("Qt version:"), selectableLabel(qt, u"qtVersion"_s));

    auto *licence = new QLabel(
        tr("Opora is free software: you may use, study, share and change it under the terms of "
           "the GNU General Public License, version 3 or any later version. It comes with no "
           "warranty.") +
        u" <a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">%1</a>"_s.arg(
            tr("Read the licence").toHtmlEscaped()));
    licence->setObjectName(u"licence"_s);
    licence->setWordWrap(true);
    licence->setOpenExternalLinks(true);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(versionLabel);
    text->addLayout(facts);
    text->addWidget(licence);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *copy = buttons->addButton(tr("Copy details"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"copyDetails"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_details); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);

    m_details =
        QStringList{tr("Opora %1").arg(version), tr("Database file: %1").arg(path),
                    tr("Database schema version: %1").arg(schema), tr("Qt version: %1").arg(qt)}
            .join(u'\n');
    setMinimumWidth(480);
}

QString AboutDialog::details() const
{
    return m_details;
}

} // namespace opora::ui
