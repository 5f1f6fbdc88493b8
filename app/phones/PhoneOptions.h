#pragma once
// How the phone server of a seminar listens: `rapport seminar ... --phones [--port N] [--host ADDR]`
// and the window's "phones on" both fill this in.

#include <cstddef>
#include <filesystem>
#include <string>

namespace rapport::phones {

inline constexpr int kDefaultPort = 8765;
/// How many ports after the wanted one are tried when it is taken.
inline constexpr int kPortsTried = 100;
/// At least this many phones can join; the next one is told the room is full.
inline constexpr std::size_t kDefaultMaxPhones = 250;

/// Where and how the phone server listens.
struct PhoneOptions {
    std::string host;                 ///< the address to listen on; empty: all interfaces (the join URL then uses the LAN address)
    int port = kDefaultPort;          ///< the first port tried; the next free one if taken
    std::filesystem::path webRoot;    ///< the phone pages (assets/web/); nothing outside it is served
    std::size_t maxPhones = kDefaultMaxPhones;
    /// Threads at most: above every event stream, concurrent request and idle keep-alive connection
    /// of the phones (three connections each at most), with room for the trainer.
    std::size_t maxThreads = 1024;
    int backlog = 1024;               ///< the listen queue: a room joining at once must not be reset
};

} // namespace rapport::phones
