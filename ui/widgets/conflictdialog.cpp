#include "widgets/conflictdialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace opora::ui {

ConflictDialog::ConflictDialog(const QList<ConflictField> &fields, QWidget *parent)
    : QDialog(parent)
    , m_fields(fields)
{
    setWindowTitle(tr("Someone else changed this record"));
    auto *intro = new QLabel(tr("While you were editing, someone else saved this record. "
                                "Choose for each field which value to keep, then save."),
                             this);
    intro->setWordWrap(true);

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Field</b>"), this), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Saved by someone else</b>"), this), 0, 1);
    grid->addWidget(new QLabel(tr("<b>What you typed</b>"), this), 0, 2);
    int row = 1;
    for (const ConflictField &f : fields) {
        auto *group = new QButtonGroup(this);
        auto *theirs = new QRadioButton(f.stored.isEmpty() ? tr("(empty)") : f.stored, this);
        auto *mine = new QRadioButton(f.mine.isEmpty() ? tr("(empty)") : f.mine, this);
        group->addButton(theirs, 0);
        group->addButton(mine, 1);
        mine->setChecked(true);
        grid->addWidget(new QLabel(f.label, this), row, 0);
        grid->addWidget(theirs, row, 1);
        grid->addWidget(mine, row, 2);
        m_choices << group;
        ++row;
    }

    auto *buttons = new QDialogButtonBox(this);
    auto *allTheirs = buttons->addButton(tr("Take all theirs"), QDialogButtonBox::ActionRole);
    auto *allMine = buttons->addButton(tr("Keep all mine"), QDialogButtonBox::ActionRole);
    buttons->addButton(tr("Save the chosen values"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(allTheirs, &QPushButton::clicked, this, [this] {
        for (auto *g : std::as_const(m_choices))
            g->button(0)->setChecked(true);
    });
    connect(allMine, &QPushButton::clicked, this, [this] {
        for (auto *g : std::as_const(m_choices))
            g->button(1)->setChecked(true);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(buttons);
}

QStringList ConflictDialog::keptMine() const
{
    QStringList keys;
    for (int i = 0; i < m_fields.size(); ++i)
        if (m_choices.at(i)->checkedId() == 1)
            keys << m_fields.at(i).key;
    return keys;
}

} // namespace opora::ui
