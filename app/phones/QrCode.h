#pragma once
// The join URL as a QR code (libqrencode), as dark and light modules for the window to draw.

#include <cstdint>
#include <string>
#include <vector>

namespace rapport::phones {

/// A QR code's modules, `size` x `size`, without the quiet zone around it.
struct QrCode {
    int size = 0;
    std::vector<std::uint8_t> dark; ///< 1 for a dark module, row by row

    [[nodiscard]] bool at(int x, int y) const { return dark[static_cast<std::size_t>(y * size + x)] != 0; }
    [[nodiscard]] bool empty() const { return size == 0; }
};

/// Encodes `text` (byte mode, error correction M); empty when it cannot be encoded.
[[nodiscard]] QrCode encodeQr(const std::string& text);

/// The code as a plain PBM image, `scale` pixels a module, with the quiet zone of four modules (for tests).
[[nodiscard]] std::string qrToPbm(const QrCode& code, int scale);

} // namespace rapport::phones
