#include "register/personpicker.h"

#include "register/registersearch.h"

#include <QCompleter>
#include <QStandardItemModel>

namespace opora::ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

PersonPicker::PersonPicker(Database &db, QWidget *parent)
    : QLineEdit(parent)
    , m_db(db)
    , m_suggestions(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_suggestions, this))
{
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    setCompleter(m_completer);
    setPlaceholderText(tr("Type a surname or phone, then choose…"));
    setClearButtonEnabled(true);
    connect(this, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_personId = 0;
        suggest(text);
    });
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                m_personId = index.data(IdRole).toLongLong();
                setText(index.data().toString()); // before the signal: listeners read the name
                Q_EMIT personChosen(m_personId);
            });
}

void PersonPicker::setPerson(qint64 id, const QString &name)
{
    m_personId = id;
    setText(name);
}

void PersonPicker::suggest(const QString &text)
{
    m_suggestions->clear();
    for (const SearchHit &hit : RegisterSearch(m_db).find(text, 15)) {
        if (hit.kind != SearchHit::Kind::Person)
            continue;
        auto *item = new QStandardItem(hit.title);
        item->setData(hit.id, IdRole);
        item->setToolTip(hit.detail);
        m_suggestions->appendRow(item);
    }
    m_completer->complete();
}

} // namespace opora::ui
