#pragma once
#include <QMainWindow>

namespace gridtwin::ui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace gridtwin::ui
