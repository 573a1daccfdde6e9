#include "mainwindow.h"

#include "db/database.h"

#include <QDir>
#include <QLabel>
#include <QStatusBar>

namespace opora::ui {

MainWindow::MainWindow(Database &db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
{
    setWindowTitle(tr("Opora"));
    statusBar()->addPermanentWidget(new QLabel(QDir::toNativeSeparators(m_db.path())));
}

} // namespace opora::ui
