#include "admin/retentiondialog.h"

#include "clock.h"
#include "db/database.h"
#include "error.h"
#include "i18n/language.h"
#include "register/retention.h"
#include "widgets/fielderrors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opora::ui {

RetentionDialog::RetentionDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_years(new QSpinBox(this))
    , m_plan(new QLabel(this))
    , m_error(new QLabel(this))
    , m_errors(new FieldErrors(m_error))
    , m_apply(new QPushButton(tr("&Anonymise now…"), this))
{
    setWindowTitle(tr("Retention of personal data"));
    auto *about = new QLabel(
        tr("When the support of a person and their family ended longer ago than this period, "
           "Opora removes their personal details: name, phone, address, document, notes and the "
           "texts of their cases. Dates, services, attendance, outcomes, birth dates and "
           "categories stay, so reports and project indicators do not change. People still "
           "supported, volunteers and anyone with newer records are kept as they are."),
        this);
    about->setWordWrap(true);
    m_years->setRange(Retention::MinYears, Retention::MaxYears);
    const auto suffix = [this](int years) {
        // The number is the spin box's own; the words follow it in the right plural.
        m_years->setSuffix(tr("%n year(s) after the case was closed", nullptr, years)
                               .mid(QString::number(years).size()));
    };
    m_years->setValue(Retention::years(db));
    suffix(m_years->value());
    connect(m_years, &QSpinBox::valueChanged, this, suffix);
    m_years->setEnabled(!db.isReadOnly());
    m_plan->setWordWrap(true);
    m_apply->setEnabled(!db.isReadOnly());
    auto *form = new QFormLayout;
    form->addRow(tr("&Keep personal data"), m_years);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->addButton(m_apply, QDialogButtonBox::ActionRole);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, [this] { anonymise(); });
    connect(m_years, &QSpinBox::valueChanged, this, [this](int years) {
        m_errors->run([&] { Retention::setYears(m_db, years); });
        preview();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(m_plan);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(close);
    resize(640, 280);
    preview();
}

void RetentionDialog::preview()
{
    try {
        const RetentionPlan plan = Retention::plan(m_db, today(), m_years->value());
        m_plan->setText(
            plan.isEmpty()
                ? tr("Nobody's support ended before %1: there is nothing to anonymise.")
                      .arg(formatDate(plan.cutoff))
                : tr("Support ended before %1 for %n people; with them %2 families and %3 cases "
                     "would be anonymised.",
                     nullptr, int(plan.people.size()))
                      .arg(formatDate(plan.cutoff))
                      .arg(plan.households.size())
                      .arg(plan.cases.size()));
        m_apply->setEnabled(!plan.isEmpty() && !m_db.isReadOnly());
    } catch (const Error &e) {
        m_plan->setText(e.userMessage());
        m_apply->setEnabled(false);
    }
}

void RetentionDialog::anonymise(bool ask)
{
    if (ask && QMessageBox::question(this, windowTitle(),
                                     tr("Remove the personal details now? This cannot be undone "
                                        "(a backup made before keeps them)."),
                                     QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    RetentionPlan done;
    if (!m_errors->run([&] { done = Retention::apply(m_db, today(), m_years->value()); }))
        return;
    preview();
    m_plan->setText(
        tr("Anonymised: %n people, %1 families and %2 cases.", nullptr, int(done.people.size()))
            .arg(done.households.size())
            .arg(done.cases.size()));
}

} // namespace opora::ui
