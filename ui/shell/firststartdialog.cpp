#include "shell/firststartdialog.h"

#include "i18n/language.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace opora::ui {

FirstStartDialog::FirstStartDialog(QWidget *parent)
    : QDialog(parent)
    , m_title(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_ru(new QRadioButton(this))
    , m_ua(new QRadioButton(this))
    , m_demo(new QPushButton(this))
    , m_create(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_profileLabel(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_intro->setWordWrap(true);
    m_profileLabel->setWordWrap(true);
    for (const QString &code : availableLanguages())
        m_language->addItem(languageName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(savedOrSystemLanguage())));
    m_languageLabel->setBuddy(m_language);
    connect(m_language, &QComboBox::activated, this, [this] { Q_EMIT languageChosen(language()); });
    (m_language->currentData().toString() == QStringLiteral("uk") ? m_ua : m_ru)->setChecked(true);

    for (QPushButton *b : {m_demo, m_create, m_open})
        b->setMinimumHeight(40);
    connect(m_demo, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Demo;
        accept();
    });
    connect(m_create, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Create;
        accept();
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Open;
        accept();
    });

    auto *languageRow = new QFormLayout;
    languageRow->addRow(m_languageLabel, m_language);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addLayout(languageRow);
    layout->addSpacing(8);
    layout->addWidget(m_demo);
    layout->addSpacing(8);
    layout->addWidget(m_profileLabel);
    layout->addWidget(m_ru);
    layout->addWidget(m_ua);
    layout->addWidget(m_create);
    layout->addSpacing(8);
    layout->addWidget(m_open);
    retranslate();
    setMinimumWidth(560);
}

Profile FirstStartDialog::profile() const
{
    return m_ua->isChecked() ? Profile::Ua : Profile::Ru;
}

QString FirstStartDialog::language() const
{
    return m_language->currentData().toString();
}

void FirstStartDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void FirstStartDialog::retranslate()
{
    setWindowTitle(tr("Welcome to Opora"));
    m_title->setText(tr("Welcome to Opora"));
    m_intro->setText(tr("Opora keeps the register of people, families and cases of your "
                        "social-service centre. There is no database on this computer yet."));
    m_languageLabel->setText(tr("&Language"));
    m_demo->setText(tr("&Try the demo with fictional data"));
    m_profileLabel->setText(tr("Or create your centre's database. Its reference lists follow "
                               "the law of your country:"));
    m_ru->setText(tr("&Russia: Federal Law 442-FZ, lists in Russian"));
    m_ua->setText(tr("&Ukraine: Law on social services, lists in Ukrainian"));
    m_create->setText(tr("&Create the centre's database"));
    m_open->setText(tr("&Open an existing database file…"));
}

} // namespace opora::ui
