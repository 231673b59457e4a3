#pragma once
// Series colours shared by the white paper's charts (one meaning, one colour, in every chart).

#include <QColor>

namespace gridtwin::report {

/// Colours shared by the white paper's charts.
struct WhitePaperColours {
    static QColor grid() { return {0x55, 0x6b, 0x8d}; }
    static QColor pv() { return {0xe8, 0xa3, 0x17}; }
    static QColor bess() { return {0x3a, 0x9a, 0x6b}; }
    static QColor it() { return {0x1f, 0x4e, 0x79}; }
    static QColor overhead() { return {0x8f, 0xb3, 0xd9}; }
    static QColor baseline() { return {0x9a, 0x9a, 0x9a}; }
    static QColor carbon() { return {0xa6, 0x3d, 0x40}; }
};

} // namespace gridtwin::report
