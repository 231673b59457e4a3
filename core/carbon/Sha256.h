#pragma once
// SHA-256 (FIPS 180-4), our own implementation, for the reproducibility manifest: the hash of
// every input file and of the configuration (reference/carbon.md 7, item 3).

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace gridtwin {

class Sha256 {
public:
    Sha256();
    void update(const void* data, std::size_t size);
    void update(std::string_view text) { update(text.data(), text.size()); }
    /// Final digest; the object must not be updated afterwards.
    std::array<std::uint8_t, 32> digest();
    /// Lower-case hex of digest().
    std::string hexDigest();

    static std::string hex(std::string_view text);
    /// Hash of a file's bytes; throws InputError naming the file when it cannot be read.
    static std::string hexOfFile(const std::string& path);

private:
    void block(const std::uint8_t* p);
    std::array<std::uint32_t, 8> h_;
    std::array<std::uint8_t, 64> buf_{};
    std::size_t buf_len_ = 0;
    std::uint64_t total_bytes_ = 0;
};

} // namespace gridtwin
