#include <cstdio>
int main() { std::puts("gridtwin-cli: placeholder"); return 0; }
