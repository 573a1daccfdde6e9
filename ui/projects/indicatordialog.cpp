#include "projects/indicatordialog.h"

#include "db/database.h"
#include "error.h"
#include "events/eventrepository.h"
#include "projects/indicatortext.h"
#include "projects/planperiodseditor.h"
#include "projects/projectrepository.h"
#include "register/lookups.h"
#include "services/servicenames.h"
#include "services/servicerepository.h"
#include "widgets/fielderrors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opora::ui {

namespace {

QListWidget *checkList(const QStringList &codes, QString (*name)(const QString &), QWidget *parent)
{
    auto *list = new QListWidget(parent);
    for (const QString &code : codes) {
        auto *item = new QListWidgetItem(name(code), list);
        item->setData(Qt::UserRole, code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    list->setMaximumHeight(list->sizeHintForRow(0) * 5 + 6);
    return list;
}

QJsonArray checked(const QListWidget *list)
{
    QJsonArray codes;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            codes.append(list->item(i)->data(Qt::UserRole).toString());
    return codes;
}

void setChecked(QListWidget *list, const QJsonArray &codes)
{
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(codes.contains(list->item(i)->data(Qt::UserRole).toString())
                                         ? Qt::Checked
                                         : Qt::Unchecked);
}

void setData(QComboBox *box, const QVariant &value)
{
    box->setCurrentIndex(std::max(0, box->findData(value)));
}

} // namespace

IndicatorDialog::IndicatorDialog(Database &db, qint64 projectId, qint64 indicatorId,
                                 QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_form(new QFormLayout)
    , m_wording(new QPlainTextEdit(this))
    , m_unit(new QLineEdit(this))
    , m_planned(new QCheckBox(tr("The funder set a number"), this))
    , m_plan(new QDoubleSpinBox(this))
    , m_periods(new PlanPeriodsEditor(this))
    , m_method(new QComboBox(this))
    , m_measure(new QComboBox(this))
    , m_item(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_formOfService(new QComboBox(this))
    , m_eventTypes(checkList(eventTypes(), eventTypeName, this))
    , m_audiences(checkList(audienceGroups(), audienceName, this))
    , m_category(new QComboBox(this))
    , m_ageMin(new QSpinBox(this))
    , m_ageMax(new QSpinBox(this))
    , m_partly(new QCheckBox(tr("Count \"partly improved\" as improved"), this))
    , m_comment(new QLineEdit(this))
    , m_description(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_errors(new FieldErrors(m_errorLabel))
{
    setWindowTitle(indicatorId ? tr("Indicator") : tr("New indicator"));
    m_indicator.projectId = projectId;
    m_wording->setObjectName(u"wording"_s);
    m_wording->setTabChangesFocus(true);
    m_wording->setMaximumHeight(m_wording->fontMetrics().lineSpacing() * 4);
    m_plan->setRange(0, 1e9);
    m_plan->setDecimals(1);
    m_plan->setObjectName(u"plan"_s);
    m_planned->setObjectName(u"planned"_s);
    m_method->setObjectName(u"method"_s);
    for (IndicatorMethod method : allMethods())
        m_method->addItem(methodName(method), int(method));
    m_item->addItem(tr("any service"), 0);
    QStringList types;
    for (const ServiceItem &item : ServiceRepository(db).catalogue(false)) {
        m_item->addItem(item.code + u"  "_s + item.name, item.id);
        if (!types.contains(item.type))
            types << item.type;
    }
    m_type->addItem(tr("any type"), QString());
    for (const QString &type : types)
        m_type->addItem(serviceTypeName(type), type);
    m_formOfService->addItem(tr("any form"), QString());
    for (const QString &form : serviceForms())
        m_formOfService->addItem(serviceFormName(form), form);
    m_category->addItem(tr("any category"), 0);
    for (const Choice &c : refChoices(db, u"category"_s))
        m_category->addItem(c.name, c.id);
    for (QSpinBox *age : {m_ageMin, m_ageMax}) {
        age->setRange(-1, 120);
        age->setSpecialValueText(tr("no limit"));
        age->setValue(-1);
    }
    m_partly->setChecked(true);
    m_description->setObjectName(u"description"_s);
    m_description->setWordWrap(true);
    m_description->setStyleSheet(u"color: palette(dark);"_s);

    m_form->addRow(tr("Indicator (the funder's words)"), m_wording);
    m_form->addRow(tr("Unit"), m_unit);
    auto *plan = new QHBoxLayout;
    plan->addWidget(m_planned);
    plan->addWidget(m_plan, 1);
    m_form->addRow(tr("Plan for the whole project"), plan);
    m_form->addRow(tr("Plan split"), m_periods);
    m_form->addRow(tr("How it is counted"), m_method);
    m_form->addRow(tr("What is counted"), m_measure);
    m_form->addRow(tr("Service"), m_item);
    m_form->addRow(tr("Type of service"), m_type);
    m_form->addRow(tr("Form of service"), m_formOfService);
    m_form->addRow(tr("Kinds of event (none: all)"), m_eventTypes);
    m_form->addRow(tr("Headcount groups (none: all)"), m_audiences);
    m_form->addRow(tr("Category"), m_category);
    m_form->addRow(tr("Age at enrolment from"), m_ageMin);
    m_form->addRow(tr("to"), m_ageMax);
    m_form->addRow(QString(), m_partly);
    m_form->addRow(tr("Comment"), m_comment);
    m_errors->bind(u"wording"_s, m_wording);
    m_errors->bind(u"plan"_s, m_plan);
    m_errors->bind(u"params"_s, m_method);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setEnabled(!db.isReadOnly());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_description);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);

    connect(m_method, &QComboBox::currentIndexChanged, this, &IndicatorDialog::methodChanged);
    connect(m_planned, &QCheckBox::toggled, this, &IndicatorDialog::planChanged);
    connect(m_plan, &QDoubleSpinBox::valueChanged, m_periods, &PlanPeriodsEditor::setTotal);
    connect(m_periods, &PlanPeriodsEditor::totalChanged, this, [this](double total) {
        if (m_periods->split() != PlanPeriodsEditor::Split::WholeProject)
            m_plan->setValue(total);
        planChanged();
    });
    for (QComboBox *box : {m_measure, m_item, m_type, m_formOfService, m_category})
        connect(box, &QComboBox::currentIndexChanged, this, &IndicatorDialog::updateDescription);
    for (QListWidget *list : {m_eventTypes, m_audiences})
        connect(list, &QListWidget::itemChanged, this, &IndicatorDialog::updateDescription);
    for (QSpinBox *age : {m_ageMin, m_ageMax})
        connect(age, &QSpinBox::valueChanged, this, &IndicatorDialog::updateDescription);
    connect(m_partly, &QCheckBox::toggled, this, &IndicatorDialog::updateDescription);

    if (indicatorId)
        m_indicator = ProjectRepository(db).indicator(indicatorId);
    else
        m_indicator.method = IndicatorMethod::Services;
    setFormIndicator(m_indicator);
    const Project project = ProjectRepository(db).get(projectId);
    m_periods->setPlan(project.startsOn, project.endsOn, m_indicator.plan.value_or(0),
                       indicatorId ? ProjectRepository(db).planPeriods(indicatorId)
                                   : QList<PlanPeriod>{});
    resize(640, 0);
}

void IndicatorDialog::methodChanged()
{
    const auto method = IndicatorMethod(m_method->currentData().toInt());
    const QStringList keys = indicatorParamKeys(method);
    const QString measure = m_measure->currentData().toString();
    {
        const QSignalBlocker block(m_measure);
        m_measure->clear();
        for (const QString &m : indicatorMeasures(method))
            m_measure->addItem(measureName(m), m);
        setData(m_measure, measure);
    }
    m_form->setRowVisible(m_measure, keys.contains(u"measure"_s));
    m_form->setRowVisible(m_item, keys.contains(u"item_id"_s));
    m_form->setRowVisible(m_type, keys.contains(u"type"_s));
    m_form->setRowVisible(m_formOfService, keys.contains(u"form"_s));
    m_form->setRowVisible(m_eventTypes, keys.contains(u"event_types"_s));
    m_form->setRowVisible(m_audiences, keys.contains(u"audiences"_s));
    m_form->setRowVisible(m_category, keys.contains(u"category_id"_s));
    m_form->setRowVisible(m_ageMin, keys.contains(u"age_min"_s));
    m_form->setRowVisible(m_ageMax, keys.contains(u"age_max"_s));
    m_form->setRowVisible(m_partly, keys.contains(u"include_partly"_s));
    updateDescription();
    adjustSize();
}

void IndicatorDialog::planChanged()
{
    // A split plan is the sum of its parts: typed there, not here.
    const bool split = m_periods->split() != PlanPeriodsEditor::Split::WholeProject;
    m_periods->setEnabled(m_planned->isChecked());
    m_plan->setEnabled(m_planned->isChecked() && !split);
}

void IndicatorDialog::updateDescription()
{
    m_description->setText(describeIndicator(m_db, formIndicator()));
}

Indicator IndicatorDialog::formIndicator() const
{
    Indicator i = m_indicator;
    i.wording = m_wording->toPlainText().trimmed();
    i.unit = m_unit->text().trimmed();
    i.plan = m_planned->isChecked() ? std::optional<double>(m_plan->value()) : std::nullopt;
    i.method = IndicatorMethod(m_method->currentData().toInt());
    i.comment = m_comment->text().trimmed();
    const QStringList keys = indicatorParamKeys(i.method);
    QJsonObject p;
    if (keys.contains(u"measure"_s) && m_measure->currentIndex() >= 0)
        p.insert(u"measure"_s, m_measure->currentData().toString());
    if (keys.contains(u"item_id"_s) && m_item->currentData().toLongLong() > 0)
        p.insert(u"item_id"_s, m_item->currentData().toLongLong());
    if (keys.contains(u"type"_s) && !m_type->currentData().toString().isEmpty())
        p.insert(u"type"_s, m_type->currentData().toString());
    if (keys.contains(u"form"_s) && !m_formOfService->currentData().toString().isEmpty())
        p.insert(u"form"_s, m_formOfService->currentData().toString());
    if (keys.contains(u"event_types"_s) && !checked(m_eventTypes).isEmpty())
        p.insert(u"event_types"_s, checked(m_eventTypes));
    if (keys.contains(u"audiences"_s) && !checked(m_audiences).isEmpty())
        p.insert(u"audiences"_s, checked(m_audiences));
    if (keys.contains(u"category_id"_s) && m_category->currentData().toLongLong() > 0)
        p.insert(u"category_id"_s, m_category->currentData().toLongLong());
    if (keys.contains(u"age_min"_s) && m_ageMin->value() >= 0)
        p.insert(u"age_min"_s, m_ageMin->value());
    if (keys.contains(u"age_max"_s) && m_ageMax->value() >= 0)
        p.insert(u"age_max"_s, m_ageMax->value());
    if (keys.contains(u"include_partly"_s) && !m_partly->isChecked())
        p.insert(u"include_partly"_s, false);
    // Filters of the same indicator that this way of counting does not use are kept out.
    if (keys.contains(u"series_id"_s) && m_indicator.params.contains(u"series_id"_s))
        p.insert(u"series_id"_s, m_indicator.params.value(u"series_id"_s));
    i.params = p;
    return i;
}

void IndicatorDialog::setFormIndicator(const Indicator &i)
{
    m_wording->setPlainText(i.wording);
    m_unit->setText(i.unit);
    m_planned->setChecked(i.plan.has_value());
    m_plan->setValue(i.plan.value_or(0));
    planChanged();
    m_comment->setText(i.comment);
    const QJsonObject &p = i.params;
    setData(m_item, p.value(u"item_id"_s).toInteger());
    setData(m_type, p.value(u"type"_s).toString());
    setData(m_formOfService, p.value(u"form"_s).toString());
    setChecked(m_eventTypes, p.value(u"event_types"_s).toArray());
    setChecked(m_audiences, p.value(u"audiences"_s).toArray());
    setData(m_category, p.value(u"category_id"_s).toInteger());
    m_ageMin->setValue(p.contains(u"age_min"_s) ? p.value(u"age_min"_s).toInt() : -1);
    m_ageMax->setValue(p.contains(u"age_max"_s) ? p.value(u"age_max"_s).toInt() : -1);
    m_partly->setChecked(p.value(u"include_partly"_s).toBool(true));
    {
        const QSignalBlocker block(m_method);
        setData(m_method, int(i.method));
    }
    m_measure->clear();
    m_measure->addItem(QString(), p.value(u"measure"_s).toString());
    m_measure->setCurrentIndex(0);
    methodChanged();
}

bool IndicatorDialog::save()
{
    Indicator typed = formIndicator();
    const bool saved = m_errors->run([&] {
        typed.id = ProjectRepository(m_db).saveIndicator(typed, typed.plan ? m_periods->periods()
                                                                           : QList<PlanPeriod>{});
    });
    if (!saved)
        return false;
    m_indicator = ProjectRepository(m_db).indicator(typed.id);
    return true;
}

void IndicatorDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace opora::ui
