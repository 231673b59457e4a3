#include "MainWindow.h"

#include <QApplication>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    gridtwin::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
