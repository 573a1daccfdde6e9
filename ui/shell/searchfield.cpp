#include "shell/searchfield.h"

#include "register/registersearch.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QStandardItemModel>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace opora::ui {

namespace {
constexpr int KindRole = Qt::UserRole + 1;
constexpr int IdRole = Qt::UserRole + 2;
} // namespace

SearchField::SearchField(Database &db, QWidget *parent)
    : QLineEdit(parent)
    , m_db(db)
    , m_results(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_results, this))
    , m_delay(new QTimer(this))
{
    setObjectName(u"searchField"_s);
    setClearButtonEnabled(true);
    setMinimumWidth(320);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    setCompleter(m_completer);
    m_delay->setSingleShot(true);
    m_delay->setInterval(150);
    connect(this, &QLineEdit::textEdited, m_delay, qOverload<>(&QTimer::start));
    connect(m_delay, &QTimer::timeout, this, &SearchField::searchNow);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                const qint64 id = index.data(IdRole).toLongLong();
                QTimer::singleShot(0, this, &QLineEdit::clear);
                if (index.data(KindRole).toInt() == int(SearchHit::Kind::Case))
                    Q_EMIT caseChosen(id);
                else
                    Q_EMIT personChosen(id);
            });
    setPlaceholderText(tr("Find a person or case (Ctrl+F): surname, case number, phone"));
}

void SearchField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setPlaceholderText(tr("Find a person or case (Ctrl+F): surname, case number, phone"));
    QLineEdit::changeEvent(event);
}

void SearchField::searchNow()
{
    m_delay->stop();
    m_results->clear();
    for (const SearchHit &hit : RegisterSearch(m_db).find(text(), 20)) {
        const bool isCase = hit.kind == SearchHit::Kind::Case;
        QString label =
            isCase ? tr("Case %1 — %2").arg(hit.title, hit.detail)
                   : (hit.detail.isEmpty() ? hit.title : u"%1 (%2)"_s.arg(hit.title, hit.detail));
        if (hit.archived)
            label += u" "_s + tr("[archived]");
        auto *item = new QStandardItem(label);
        item->setData(int(hit.kind), KindRole);
        item->setData(hit.id, IdRole);
        // The completer matches on the display text; keep the typed text as its key.
        item->setData(text(), Qt::EditRole);
        item->setData(label, Qt::DisplayRole);
        m_results->appendRow(item);
    }
    if (m_results->rowCount() > 0)
        m_completer->complete();
    else
        m_completer->popup()->hide();
}

int SearchField::resultCount() const
{
    return m_results->rowCount();
}

} // namespace opora::ui
