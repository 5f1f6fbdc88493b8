#include "phones/QrCode.h"

#include <qrencode.h>

namespace rapport::phones {

QrCode encodeQr(const std::string& text) {
    QrCode out;
    QRcode* code = QRcode_encodeString(text.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (code == nullptr) return out;
    out.size = code->width;
    out.dark.resize(static_cast<std::size_t>(code->width) * static_cast<std::size_t>(code->width));
    for (std::size_t i = 0; i < out.dark.size(); ++i) out.dark[i] = code->data[i] & 1;
    QRcode_free(code);
    return out;
}

std::string qrToPbm(const QrCode& code, int scale) {
    constexpr int kQuiet = 4;
    const int side = (code.size + 2 * kQuiet) * scale;
    std::string out = "P1\n" + std::to_string(side) + " " + std::to_string(side) + "\n";
    for (int py = 0; py < side; ++py) {
        for (int px = 0; px < side; ++px) {
            const int x = px / scale - kQuiet, y = py / scale - kQuiet;
            const bool dark = x >= 0 && y >= 0 && x < code.size && y < code.size && code.at(x, y);
            out += dark ? '1' : '0';
        }
        out += '\n';
    }
    return out;
}

} // namespace rapport::phones
