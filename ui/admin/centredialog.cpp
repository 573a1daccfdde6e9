#include "admin/centredialog.h"

#include "centre/centredetails.h"
#include "db/database.h"
#include "error.h"
#include "widgets/fielderrors.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opora::ui {

namespace {
constexpr int LogoPixels = 480; // enough for 16 mm of print at 760 dpi, small in the file
}

CentreDialog::CentreDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_name(new QLineEdit(this))
    , m_logo(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_errors(new FieldErrors(m_errorLabel))
{
    setWindowTitle(tr("Centre name and logo"));
    const CentreDetails details = CentreDetails::load(db);
    m_name->setText(details.name);
    m_name->setObjectName(u"centreName"_s);
    m_name->setPlaceholderText(tr("As it should stand on documents"));
    m_logoPng = details.logoPng;
    m_logo->setFixedSize(200, 90);
    m_logo->setAlignment(Qt::AlignCenter);
    m_logo->setStyleSheet(u"border: 1px solid palette(mid); background: white;"_s);
    auto *choose = new QPushButton(tr("Choose a picture…"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Logo"), QDir::homePath(), tr("Pictures (*.png *.jpg *.jpeg *.svg)"));
        if (!path.isEmpty())
            setLogoFile(path);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        m_logoPng.clear();
        showLogo();
    });
    auto *logoButtons = new QVBoxLayout;
    logoButtons->addWidget(choose);
    logoButtons->addWidget(remove);
    logoButtons->addStretch();
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo);
    logoRow->addLayout(logoButtons);
    auto *form = new QFormLayout;
    form->addRow(tr("Name of the centre"), m_name);
    form->addRow(tr("Logo"), logoRow);
    m_errors->bind(u"name"_s, m_name);
    m_errors->bind(u"logo"_s, m_logo);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setEnabled(!db.isReadOnly());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    showLogo();
    resize(560, 0);
}

void CentreDialog::setName(const QString &name)
{
    m_name->setText(name);
}

bool CentreDialog::setLogoFile(const QString &path)
{
    m_errors->clear();
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > LogoPixels || size.height() > LogoPixels))
        reader.setScaledSize(size.scaled(LogoPixels, LogoPixels, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull()) {
        m_errors->showMessage(tr("%1 is not a picture Opora can read (PNG, JPEG or SVG).")
                                  .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    QBuffer buffer(&m_logoPng);
    m_logoPng.clear();
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    showLogo();
    return true;
}

void CentreDialog::showLogo()
{
    const QImage image = QImage::fromData(m_logoPng, "PNG");
    if (image.isNull()) {
        m_logo->setPixmap({});
        m_logo->setText(tr("no logo"));
        return;
    }
    m_logo->setPixmap(QPixmap::fromImage(
        image.scaled(m_logo->size() - QSize(8, 8), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

bool CentreDialog::save()
{
    return m_errors->run([this] { CentreDetails{m_name->text(), m_logoPng}.save(m_db); });
}

void CentreDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace opora::ui
