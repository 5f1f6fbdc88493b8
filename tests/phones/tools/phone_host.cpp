// A seminar with its phone server and no window, for the API tests, the page test in Chromium and
// the load benchmark's checks: the same PhoneServer the window starts, driven by a loop that does
// what the window's loop does between frames (apply the queued commands, publish, answer).
//
// usage: phone_host SCENARIO_FILE [--teams A,B,...] [--host ADDR] [--port N] [--max-phones N]
//                   [--web DIR] [--qr-pbm FILE]
// Prints the three lines of `rapport seminar --phones` (join, room, trainer), then serves until
// SIGTERM or SIGINT; then prints how long stopping took.

#include "phones/PhoneServer.h"
#include "phones/QrCode.h"

#include "rapport/load/ScenarioLoader.h"
#include "rapport/session/SessionQueue.h"

#include <chrono>
#include <csignal>
#include <fstream>
#include <iostream>
#include <sstream>

namespace {

volatile std::sig_atomic_t g_stop = 0;

void onSignal(int) { g_stop = 1; }

} // namespace

int main(int argc, char** argv) {
    using namespace rapport;
    if (argc < 2) {
        std::cerr << "usage: phone_host SCENARIO_FILE [--teams A,B] [--host ADDR] [--port N] [--max-phones N] [--web DIR] [--qr-pbm FILE]\n";
        return 2;
    }
    SessionOptions options;
    phones::PhoneOptions phoneOptions;
    phoneOptions.host = "127.0.0.1";
    phoneOptions.webRoot = std::string(RAPPORT_SOURCE_DIR) + "/assets/web";
    std::string qrFile;
    for (int i = 2; i + 1 < argc; i += 2) {
        const std::string flag = argv[i], value = argv[i + 1];
        if (flag == "--teams") {
            options.form = SessionForm::Teams;
            std::stringstream in(value);
            for (std::string name; std::getline(in, name, ',');) options.teams.push_back(name);
        } else if (flag == "--host") {
            phoneOptions.host = value;
        } else if (flag == "--port") {
            phoneOptions.port = std::stoi(value);
        } else if (flag == "--max-phones") {
            phoneOptions.maxPhones = static_cast<std::size_t>(std::stoul(value));
        } else if (flag == "--web") {
            phoneOptions.webRoot = value;
        } else if (flag == "--qr-pbm") {
            qrFile = value;
        } else {
            std::cerr << "phone_host: unknown option " << flag << "\n";
            return 2;
        }
    }
    const LoadResult loaded = loadScenarioFile(argv[1]);
    if (!loaded.ok()) {
        std::cerr << "phone_host: cannot load " << argv[1] << "\n";
        return 2;
    }
    if (const std::string why = Session::whyInvalid(options, Lang::En); !why.empty()) {
        std::cerr << "phone_host: " << why << "\n";
        return 2;
    }
    Session session(*loaded.scenario, options);
    SessionQueue queue;
    phones::PhoneServer server(loaded.scenario, session, queue, phoneOptions);
    if (const std::string why = server.start(); !why.empty()) {
        std::cerr << "phone_host: " << why << "\n";
        return 1;
    }
    if (!qrFile.empty()) std::ofstream(qrFile) << phones::qrToPbm(phones::encodeQr(server.address().joinUrl), 4);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    phones::printJoinLines(std::cout, server.address());
    while (g_stop == 0) {
        queue.waitPending(std::chrono::milliseconds(50));
        server.applyQueued(session);
    }
    const auto before = std::chrono::steady_clock::now();
    server.stop();
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - before).count();
    std::cout << "stopped in " << ms << " ms" << std::endl;
    return 0;
}
