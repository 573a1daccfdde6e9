// Opens every window and dialog in Russian and Ukrainian and fails on visible text that was
// left in English.
#include "access/signindialog.h"
#include "admin/referencelistsdialog.h"
#include "catch_qt.h"
#include "demo/demogenerator.h"
#include "dialogs/aboutdialog.h"
#include "events/eventcard.h"
#include "i18n/language.h"
#include "register/casecard.h"
#include "register/consentdialog.h"
#include "register/householdcard.h"
#include "register/personcard.h"
#include "register/statuschangedialog.h"
#include "services/servicerecorddialog.h"
#include "shell/firststartdialog.h"
#include "shell/mainwindow.h"
#include "widgets/conflictdialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {

// Latin words that are right in any language: names, formats, keys.
bool allowed(const QString &word)
{
    static const QStringList words{u"CSV"_s,   u"PDF"_s,   u"Ctrl"_s,    u"Enter"_s,  u"Esc"_s,
                                   u"Qt"_s,    u"GNU"_s,   u"General"_s, u"Public"_s, u"License"_s,
                                   u"UTF"_s,   u"Excel"_s, u"sqlite"_s,  u"tmp"_s,    u"opora"_s,
                                   u"tests"_s, u"demo"_s,  u"db"_s,      u"FZ"_s,     u"English"_s};
    return words.contains(word, Qt::CaseInsensitive);
}

QStringList englishIn(const QString &rawText, const QString &where)
{
    QString text = rawText;
    if (Qt::mightBeRichText(text)) {
        QTextDocument doc;
        doc.setHtml(text);
        text = doc.toPlainText();
    }
    text.remove(u'&');
    // Paths and version numbers are not words to translate.
    static const QRegularExpression path(u"[/\\\\][^\\s]*"_s);
    text.remove(path);
    static const QRegularExpression latinWord(u"\\b[A-Za-z]{3,}\\b"_s);
    QStringList found;
    auto it = latinWord.globalMatch(text);
    while (it.hasNext()) {
        const QString word = it.next().captured();
        if (!allowed(word))
            found << u"%1: \"%2\" (%3)"_s.arg(where, rawText, word);
    }
    return found;
}

QStringList visibleTexts(QWidget *root)
{
    QStringList problems;
    const QString name = QString::fromLatin1(root->metaObject()->className());
    problems += englishIn(root->windowTitle(), name + u" title"_s);
    for (auto *label : root->findChildren<QLabel *>())
        if (label->isVisibleTo(root))
            problems += englishIn(label->text(), name + u" label"_s);
    for (auto *button : root->findChildren<QAbstractButton *>())
        if (button->isVisibleTo(root))
            problems += englishIn(button->text(), name + u" button"_s);
    for (auto *edit : root->findChildren<QLineEdit *>())
        problems += englishIn(edit->placeholderText(), name + u" placeholder"_s);
    for (auto *combo : root->findChildren<QComboBox *>())
        for (int i = 0; i < combo->count(); ++i)
            problems += englishIn(combo->itemText(i), name + u" choice"_s);
    for (auto *tabs : root->findChildren<QTabWidget *>())
        for (int i = 0; i < tabs->count(); ++i)
            problems += englishIn(tabs->tabText(i), name + u" tab"_s);
    for (auto *view : root->findChildren<QAbstractItemView *>()) {
        if (!view->model())
            continue;
        for (int c = 0; c < view->model()->columnCount(); ++c)
            problems +=
                englishIn(view->model()->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString(),
                          name + u" column"_s);
    }
    for (auto *menu : root->findChildren<QMenu *>()) {
        problems += englishIn(menu->title(), name + u" menu"_s);
        for (QAction *action : menu->actions())
            problems += englishIn(action->text(), name + u" menu item"_s);
    }
    return problems;
}

} // namespace

TEST_CASE("no visible English is left in the Russian and Ukrainian windows", "[ui][i18n]")
{
    for (const QString &language : {u"ru"_s, u"uk"_s}) {
        INFO(language.toStdString());
        opora::ui::installTranslations(language);
        QTemporaryDir dir;
        opora::demo::DemoOptions options;
        options.profile = language == u"uk"_s ? opora::Profile::Ua : opora::Profile::Ru;
        auto db = opora::demo::createDemoDatabase(dir.filePath(u"demo.sqlite"_s), options);

        QStringList problems;
        opora::ui::MainWindow window(*db);
        window.show();
        problems += visibleTexts(&window);
        opora::ui::PersonCard person(*db, 1);
        problems += visibleTexts(&person);
        opora::ui::PersonCard newPerson(*db, 0);
        problems += visibleTexts(&newPerson);
        opora::ui::CaseCard card(*db, 2);
        problems += visibleTexts(&card);
        opora::ui::CaseCard newCase(*db, 0);
        problems += visibleTexts(&newCase);
        opora::ui::StatusChangeDialog status(*db, 2);
        problems += visibleTexts(&status);
        opora::ui::HouseholdCard household(*db, 1);
        problems += visibleTexts(&household);
        opora::ui::ConsentDialog consent(*db, 1, {});
        problems += visibleTexts(&consent);
        opora::ui::ReferenceListsDialog lists(*db);
        problems += visibleTexts(&lists);
        opora::ui::FirstStartDialog welcome;
        problems += visibleTexts(&welcome);
        opora::ui::AboutDialog about(*db);
        problems += visibleTexts(&about);
        window.showArea(2);
        problems += visibleTexts(&window);
        window.showArea(3);
        problems += visibleTexts(&window);
        opora::ui::EventCard event(*db, 1);
        problems += visibleTexts(&event);
        opora::ui::ServiceRecordDialog services(*db);
        problems += visibleTexts(&services);
        opora::ui::SignInDialog signIn(*db);
        problems += visibleTexts(&signIn);
        opora::ui::ConflictDialog conflict({{u"surname"_s, u"x"_s, u"a"_s, u"b"_s}});
        problems += visibleTexts(&conflict);
        CAPTURE(problems);
        CHECK(problems.isEmpty());
    }
    opora::ui::installTranslations(u"en"_s);
}
