#pragma once
// The phone server's insides, shared by its set-up (PhoneServer.cpp) and its routes (PhoneRoutes.cpp).

#include "phones/HttpServer.h"
#include "phones/PhoneBoard.h"
#include "phones/PhoneServer.h"
#include "phones/Roster.h"
#include "phones/Secrets.h"

#include <atomic>
#include <memory>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

namespace rapport::phones {

struct PhoneServer::Impl {
    Impl(std::shared_ptr<const Scenario> s, SessionQueue& q, PhoneOptions o, std::vector<std::string> teams)
        : scenario(std::move(s)), queue(q), options(std::move(o)), roster(newRoomCode(), newPin(), std::move(teams), options.maxPhones) {}

    std::shared_ptr<const Scenario> scenario;
    SessionQueue& queue;
    PhoneOptions options;
    Roster roster;
    SessionForm form = SessionForm::Plenary;
    std::unordered_map<std::string, ChoiceIndex> choices; ///< choice id -> index, for votes and picks
    PhoneBoard board;
    ListeningServer http;
    std::thread listener;
    std::atomic<bool> stopping{false};
    std::atomic<bool> listenDone{false};
    std::atomic<std::size_t> streams{0};
    PhoneAddress address;
    std::uint64_t publishedRevision = 0;
    bool published = false;
};

/// Installs every route and handler of docs/seminar-api.md on the server.
void installRoutes(PhoneServer::Impl& server);

} // namespace rapport::phones
