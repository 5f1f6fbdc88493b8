// Load on the seminar's phone server, as a room of phones makes it (issue 17): 250 phones join and
// hold an event stream open; the 251st is turned away; 200 of them vote spread over five seconds as
// a room votes, then, at the next decision, all in one burst; the trainer reveals and every phone
// must hear it. One thread, non-blocking sockets and poll(): the client's own cost stays small
// beside the server's on a two-core machine. Prints `name: value unit` lines; exit 1 when a
// request failed or a stream missed an event.
//
// usage: bench_phones HOST PORT ROOM PIN [PHONES=250] [VOTERS=200] [SPREAD_SECONDS=5]

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

long long wallMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

struct Target {
    std::string host;
    int port = 0;
};

int connectTo(const Target& target, bool blocking) {
    const int fd = socket(AF_INET, SOCK_STREAM | (blocking ? 0 : SOCK_NONBLOCK), 0);
    if (fd < 0) return -1;
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<std::uint16_t>(target.port));
    inet_pton(AF_INET, target.host.c_str(), &addr.sin_addr);
    if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 && errno != EINPROGRESS) {
        close(fd);
        return -1;
    }
    return fd;
}

std::string request(const std::string& method, const std::string& path, const std::string& auth, const std::string& body) {
    std::string r = method + " " + path + " HTTP/1.1\r\nHost: phones\r\nConnection: close\r\n";
    if (!auth.empty()) r += "Authorization: Bearer " + auth + "\r\n";
    if (method == "POST") r += "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) + "\r\n";
    return r + "\r\n" + body;
}

int statusOf(const std::string& response) {
    if (response.size() < 12 || response.compare(0, 5, "HTTP/") != 0) return 0;
    return std::atoi(response.c_str() + 9);
}

// A blocking request on a fresh connection (joins and the trainer's actions): status and body.
std::pair<int, std::string> call(const Target& target, const std::string& method, const std::string& path, const std::string& auth,
                                 const std::string& body = "") {
    const int fd = connectTo(target, true);
    if (fd < 0) return {0, ""};
    const std::string out = request(method, path, auth, body);
    if (send(fd, out.data(), out.size(), MSG_NOSIGNAL) != static_cast<ssize_t>(out.size())) {
        close(fd);
        return {0, ""};
    }
    std::string in;
    char buffer[16384];
    for (ssize_t n; (n = recv(fd, buffer, sizeof buffer, 0)) > 0;) in.append(buffer, static_cast<std::size_t>(n));
    close(fd);
    const auto split = in.find("\r\n\r\n");
    return {statusOf(in), split == std::string::npos ? std::string() : in.substr(split + 4)};
}

std::string field(const std::string& json, const std::string& key) {
    const std::string marker = "\"" + key + "\":\"";
    const auto at = json.find(marker);
    if (at == std::string::npos) return {};
    const auto end = json.find('"', at + marker.size());
    return json.substr(at + marker.size(), end - at - marker.size());
}

// One phone: its token, its event stream (phases seen, when) and its vote in flight.
struct Phone {
    std::string token;
    int stream = -1;
    std::string streamIn;
    bool streamSent = false;
    std::vector<std::pair<std::string, Clock::time_point>> phases;
    int vote = -1;
    std::string voteOut, voteIn;
    std::size_t voteSent = 0;
    Clock::time_point voteStart;
    double voteMs = -1;
    int voteStatus = 0;
};

class Room {
public:
    Room(Target target, std::string pin) : m_target(std::move(target)), m_pin(std::move(pin)) {}

    std::vector<Phone> phones;

    bool openStreams() {
        for (Phone& p : phones) {
            p.stream = connectTo(m_target, false);
            if (p.stream < 0) return false;
        }
        return true;
    }

    void startVote(Phone& p, const std::string& choice) {
        p.vote = connectTo(m_target, false);
        p.voteOut = request("POST", "/api/vote", p.token, "{\"choice\":\"" + choice + "\"}");
        p.voteIn.clear();
        p.voteSent = 0;
        p.voteStart = Clock::now();
        p.voteMs = -1;
        p.voteStatus = 0;
    }

    // Runs the event loop for up to `ms`, or until `done` says so.
    template <class Done>
    void run(double ms, Done done) {
        const Clock::time_point start = Clock::now();
        std::vector<pollfd> fds;
        std::vector<std::pair<std::size_t, bool>> owner; // phone, is the vote socket
        while (msSince(start) < ms && !done()) {
            fds.clear();
            owner.clear();
            for (std::size_t i = 0; i < phones.size(); ++i) {
                Phone& p = phones[i];
                if (p.stream >= 0) {
                    fds.push_back({p.stream, static_cast<short>(p.streamSent ? POLLIN : POLLOUT), 0});
                    owner.emplace_back(i, false);
                }
                if (p.vote >= 0) {
                    fds.push_back({p.vote, static_cast<short>(p.voteSent < p.voteOut.size() ? POLLOUT : POLLIN), 0});
                    owner.emplace_back(i, true);
                }
            }
            if (fds.empty()) return;
            if (poll(fds.data(), fds.size(), 5) <= 0) continue;
            for (std::size_t k = 0; k < fds.size(); ++k) {
                if (fds[k].revents == 0) continue;
                Phone& p = phones[owner[k].first];
                if (owner[k].second) pumpVote(p, fds[k].revents);
                else pumpStream(p, fds[k].revents);
            }
        }
    }

private:
    void pumpStream(Phone& p, short revents) {
        if (!p.streamSent) {
            if (revents & (POLLERR | POLLHUP)) return fail(p.stream);
            const std::string out = request("GET", "/api/events?token=" + p.token, "", "");
            send(p.stream, out.data(), out.size(), MSG_NOSIGNAL);
            p.streamSent = true;
            return;
        }
        char buffer[65536];
        const ssize_t n = recv(p.stream, buffer, sizeof buffer, 0);
        if (n <= 0) return fail(p.stream);
        p.streamIn.append(buffer, static_cast<std::size_t>(n));
        // Each event is one chunk: "data: {...}\n\n"; the phase is all this client needs.
        for (std::size_t at; (at = p.streamIn.find("data: {")) != std::string::npos;) {
            const std::size_t end = p.streamIn.find("\n\n", at);
            if (end == std::string::npos) break;
            const std::string json = p.streamIn.substr(at, end - at);
            p.phases.emplace_back(field(json, "phase") + "@" + std::to_string(jsonRound(json)), Clock::now());
            p.streamIn.erase(0, end + 2);
        }
        if (p.streamIn.size() > 1 << 20) p.streamIn.clear();
    }

    static int jsonRound(const std::string& json) {
        const auto at = json.find("\"round\":");
        return at == std::string::npos ? 0 : std::atoi(json.c_str() + at + 8);
    }

    void pumpVote(Phone& p, short revents) {
        if (p.voteSent < p.voteOut.size()) {
            if (revents & (POLLERR | POLLHUP)) return finishVote(p);
            const ssize_t n = send(p.vote, p.voteOut.data() + p.voteSent, p.voteOut.size() - p.voteSent, MSG_NOSIGNAL);
            if (n < 0) return finishVote(p);
            p.voteSent += static_cast<std::size_t>(n);
            return;
        }
        char buffer[8192];
        const ssize_t n = recv(p.vote, buffer, sizeof buffer, 0);
        if (n > 0) {
            p.voteIn.append(buffer, static_cast<std::size_t>(n));
            return;
        }
        finishVote(p);
    }

    static void finishVote(Phone& p) {
        p.voteMs = msSince(p.voteStart);
        p.voteStatus = statusOf(p.voteIn);
        close(p.vote);
        p.vote = -1;
    }

    void fail(int& fd) {
        close(fd);
        fd = -1;
        ++m_broken;
    }

    Target m_target;
    std::string m_pin;

public:
    int m_broken = 0;
};

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return -1;
    std::sort(v.begin(), v.end());
    const std::size_t i = std::min(v.size() - 1, static_cast<std::size_t>(p / 100.0 * static_cast<double>(v.size() - 1) + 0.5));
    return v[i];
}

void print(const char* name, double value, const char* unit) { std::printf("%s: %.1f %s\n", name, value, unit); }

// When every phone's stream has shown `phase` of `round`: the latest arrival after `since`, in ms.
std::vector<double> arrivals(const std::vector<Phone>& phones, const std::string& phaseAtRound, Clock::time_point since) {
    std::vector<double> out;
    for (const Phone& p : phones)
        for (const auto& [phase, at] : p.phases)
            if (phase == phaseAtRound) {
                out.push_back(std::chrono::duration<double, std::milli>(at - since).count());
                break;
            }
    return out;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 5) {
        std::fprintf(stderr, "usage: bench_phones HOST PORT ROOM PIN [PHONES=250] [VOTERS=200] [SPREAD_SECONDS=5]\n");
        return 2;
    }
    const Target target{argv[1], std::atoi(argv[2])};
    const std::string room = argv[3], pin = argv[4];
    const int phoneCount = argc > 5 ? std::atoi(argv[5]) : 250;
    const int voterCount = std::min(argc > 6 ? std::atoi(argv[6]) : 200, phoneCount);
    const double spread = argc > 7 ? std::atof(argv[7]) : 5.0;
    int errors = 0;
    Room roomLoad(target, pin);

    // A baseline first: one phone voting ten times a second for three seconds, so the window draws
    // about as often as under load but the server is nearly idle (the window's frame times then).
    const auto [firstStatus, firstBody] = call(target, "POST", "/api/join", "", "{\"room\":\"" + room + "\"}");
    if (firstStatus != 200) {
        std::fprintf(stderr, "bench_phones: cannot join (HTTP %d)\n", firstStatus);
        return 1;
    }
    const std::string firstToken = field(firstBody, "token");
    const long long baselineStart = wallMs();
    call(target, "POST", "/api/trainer/open", pin, "{}");
    for (int i = 0; i < 30; ++i) {
        const char* pick = i % 2 == 0 ? "{\"choice\":\"profil\"}" : "{\"choice\":\"presse\"}";
        if (call(target, "POST", "/api/vote", firstToken, pick).first != 200) ++errors;
        usleep(100000);
    }
    call(target, "POST", "/api/trainer/back", pin, "{}"); // the vote withdrawn: round 1 waits again
    const long long baselineEnd = wallMs();
    std::printf("baseline_start_wall: %lld ms\nbaseline_end_wall: %lld ms\n", baselineStart, baselineEnd);

    const long long loadStart = wallMs();
    Clock::time_point t = Clock::now();
    Phone firstPhone;
    firstPhone.token = firstToken;
    roomLoad.phones.push_back(std::move(firstPhone));
    for (int i = 1; i < phoneCount; ++i) {
        const auto [status, body] = call(target, "POST", "/api/join", "", "{\"room\":\"" + room + "\",\"name\":\"Phone " + std::to_string(i) + "\"}");
        if (status != 200) {
            ++errors;
            continue;
        }
        Phone p;
        p.token = field(body, "token");
        roomLoad.phones.push_back(std::move(p));
    }
    print("phones_joined", static_cast<double>(roomLoad.phones.size()), "phones");
    print("join_all_ms", msSince(t), "ms");
    const auto [extraStatus, extraBody] = call(target, "POST", "/api/join", "", "{\"room\":\"" + room + "\"}");
    print("join_beyond_limit_status", extraStatus, "http");
    if (extraStatus != 503 || extraBody.find("room-full") == std::string::npos) ++errors;

    t = Clock::now();
    if (!roomLoad.openStreams()) ++errors;
    roomLoad.run(10000, [&] {
        return std::all_of(roomLoad.phones.begin(), roomLoad.phones.end(), [](const Phone& p) { return !p.phases.empty(); });
    });
    const std::vector<double> firsts = arrivals(roomLoad.phones, "waiting@1", t);
    print("streams_open", static_cast<double>(firsts.size()), "streams");
    print("streams_first_event_all_ms", percentile(firsts, 100), "ms");
    if (firsts.size() != roomLoad.phones.size()) ++errors;

    auto trainer = [&](const char* action, std::vector<double>* ms = nullptr) {
        const Clock::time_point start = Clock::now();
        const auto [status, body] = call(target, "POST", std::string("/api/trainer/") + action, pin, "{}");
        if (ms != nullptr) ms->push_back(msSince(start));
        if (status != 200) {
            std::fprintf(stderr, "bench_phones: %s answered %d\n", action, status);
            ++errors;
        }
        return start;
    };
    auto waitFor = [&](const std::string& phaseAtRound, Clock::time_point since) {
        roomLoad.run(5000, [&] { return arrivals(roomLoad.phones, phaseAtRound, since).size() == roomLoad.phones.size(); });
        return arrivals(roomLoad.phones, phaseAtRound, since);
    };
    std::vector<double> trainerMs;

    // Votes as a room gives them: each of the voters at a random moment within the spread.
    Clock::time_point opened = trainer("open", &trainerMs);
    waitFor("voting@1", opened);
    std::mt19937 random(17);
    std::vector<double> due;
    for (int i = 0; i < voterCount; ++i) due.push_back(std::uniform_real_distribution<double>(0, spread * 1000.0)(random));
    const char* choices[] = {"profil", "presse", "ins_foyer"};
    const Clock::time_point spreadStart = Clock::now();
    std::vector<bool> started(static_cast<std::size_t>(voterCount), false);
    roomLoad.run(spread * 1000.0 + 10000, [&] {
        const double now = msSince(spreadStart);
        bool all = true;
        for (int i = 0; i < voterCount; ++i) {
            Phone& p = roomLoad.phones[static_cast<std::size_t>(i)];
            if (!started[static_cast<std::size_t>(i)] && now >= due[static_cast<std::size_t>(i)]) {
                roomLoad.startVote(p, choices[i % 3]);
                started[static_cast<std::size_t>(i)] = true;
            }
            all = all && started[static_cast<std::size_t>(i)] && p.vote < 0;
        }
        return all;
    });
    std::vector<double> spreadMs;
    int spreadErrors = 0;
    for (int i = 0; i < voterCount; ++i) {
        const Phone& p = roomLoad.phones[static_cast<std::size_t>(i)];
        spreadMs.push_back(p.voteMs);
        spreadErrors += p.voteStatus == 200 ? 0 : 1;
    }
    print("vote_spread_votes", static_cast<double>(spreadMs.size()), "votes");
    print("vote_spread_p50_ms", percentile(spreadMs, 50), "ms");
    print("vote_spread_p99_ms", percentile(spreadMs, 99), "ms");
    print("vote_spread_max_ms", percentile(spreadMs, 100), "ms");
    print("vote_spread_errors", spreadErrors, "requests");
    errors += spreadErrors;

    trainer("close", &trainerMs);
    const Clock::time_point revealed = trainer("reveal", &trainerMs);
    const std::vector<double> reveal = waitFor("revealed@1", revealed);
    print("reveal_phones_reached", static_cast<double>(reveal.size()), "phones");
    print("reveal_delivery_p99_ms", percentile(reveal, 99), "ms");
    print("reveal_delivery_max_ms", percentile(reveal, 100), "ms");
    if (reveal.size() != roomLoad.phones.size()) ++errors;
    const auto [stateStatus, stateBody] = call(target, "GET", "/api/trainer/state", pin);
    const auto votedAt = stateBody.find("\"voted\":");
    const int voted = votedAt == std::string::npos ? -1 : std::atoi(stateBody.c_str() + votedAt + 8);
    print("votes_counted_round1", voted, "votes");
    if (voted != voterCount) ++errors;

    // The next decision: everybody at once.
    trainer("apply", &trainerMs);
    trainer("next", &trainerMs);
    opened = trainer("open", &trainerMs);
    waitFor("voting@2", opened);
    const Clock::time_point burst = Clock::now();
    for (int i = 0; i < voterCount; ++i) roomLoad.startVote(roomLoad.phones[static_cast<std::size_t>(i)], "ins_foyer");
    roomLoad.run(15000, [&] {
        return std::all_of(roomLoad.phones.begin(), roomLoad.phones.begin() + voterCount, [](const Phone& p) { return p.vote < 0; });
    });
    const double burstAll = msSince(burst);
    std::vector<double> burstMs;
    int burstErrors = 0;
    for (int i = 0; i < voterCount; ++i) {
        const Phone& p = roomLoad.phones[static_cast<std::size_t>(i)];
        burstMs.push_back(p.voteMs);
        burstErrors += p.voteStatus == 200 ? 0 : 1;
    }
    print("vote_burst_votes", static_cast<double>(burstMs.size()), "votes");
    print("vote_burst_all_answered_ms", burstAll, "ms");
    print("vote_burst_p99_ms", percentile(burstMs, 99), "ms");
    print("vote_burst_errors", burstErrors, "requests");
    errors += burstErrors;
    trainer("close", &trainerMs);
    const Clock::time_point revealed2 = trainer("reveal", &trainerMs);
    const std::vector<double> reveal2 = waitFor("revealed@2", revealed2);
    print("reveal2_delivery_max_ms", percentile(reveal2, 100), "ms");
    if (reveal2.size() != roomLoad.phones.size()) ++errors;
    print("trainer_action_max_ms", percentile(trainerMs, 100), "ms");
    print("streams_broken", roomLoad.m_broken, "streams");
    errors += roomLoad.m_broken;
    const long long loadEnd = wallMs();
    // For the window's frame log: the wall-clock time the load ran in.
    std::printf("load_start_wall: %lld ms\nload_end_wall: %lld ms\n", loadStart, loadEnd);
    print("errors", errors, "errors");
    return errors == 0 ? 0 : 1;
}
