#include "MainWindow.h"

#include <QLabel>

namespace gridtwin::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setWindowTitle(tr("GridTwin: reference site"));
    setCentralWidget(new QLabel(tr("Reference site (simulation)"), this));
}

} // namespace gridtwin::ui
