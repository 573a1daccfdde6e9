#include "appinfo.h"
#include "catch_qt.h"
#include "dialogs/aboutdialog.h"
#include "tempdatabase.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString labelText(const QDialog &dialog, const QString &name)
{
    const auto *label = dialog.findChild<QLabel *>(name);
    REQUIRE(label != nullptr);
    return label->text();
}

} // namespace

TEST_CASE("the About dialog names the version, licence, database and Qt", "[ui][about]")
{
    opora::test::TempDatabase t;
    opora::ui::AboutDialog dialog(t.db());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    CHECK(labelText(dialog, u"version"_s).contains(QString::fromLatin1(opora::Version)));
    CHECK(labelText(dialog, u"databasePath"_s) == QDir::toNativeSeparators(t.path()));
    CHECK(labelText(dialog, u"schemaVersion"_s) ==
          QString::number(opora::Database::latestSchemaVersion()));
    CHECK(labelText(dialog, u"qtVersion"_s) == QString::fromLatin1(qVersion()));
    const QString licence = labelText(dialog, u"licence"_s);
    CHECK(licence.contains(u"GNU General Public License, version 3 or any later version"_s));
    CHECK(licence.contains(u"https://www.gnu.org/licenses/gpl-3.0.html"_s));
}

TEST_CASE("the About dialog says when the database is open read-only", "[ui][about]")
{
    opora::test::TempDatabase t;
    t.close();
    const auto db = opora::Database::open(t.path(), opora::Database::Mode::ReadOnly);
    opora::ui::AboutDialog dialog(*db);
    CHECK(labelText(dialog, u"databasePath"_s).contains(u"read-only"_s));
}

TEST_CASE("Copy details puts version, database and Qt on the clipboard", "[ui][about]")
{
    opora::test::TempDatabase t;
    opora::ui::AboutDialog dialog(t.db());
    QGuiApplication::clipboard()->clear();

    auto *copy = dialog.findChild<QPushButton *>(u"copyDetails"_s);
    REQUIRE(copy != nullptr);
    QTest::mouseClick(copy, Qt::LeftButton);

    const QString copied = QGuiApplication::clipboard()->text();
    CHECK(copied == dialog.details());
    CHECK(copied.contains(QString::fromLatin1(opora::Version)));
    CHECK(copied.contains(QDir::toNativeSeparators(t.path())));
    CHECK(copied.contains(QString::fromLatin1(qVersion())));
}

TEST_CASE("the About dialog closes with Escape", "[ui][about]")
{
    opora::test::TempDatabase t;
    opora::ui::AboutDialog dialog(t.db());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Rejected);
}
