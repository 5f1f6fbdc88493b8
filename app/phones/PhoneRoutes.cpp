// The routes of the phone API (docs/seminar-api.md): joining, a phone's state, its vote, its event
// stream, and the trainer's remote. Every change goes to the session as a queued command and is
// answered only once the loop that owns the session has applied it; every answer is read from the
// snapshot that loop published.

#include "phones/PhoneJson.h"
#include "phones/PhoneServerImpl.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <future>
#include <optional>

namespace rapport::phones {
namespace {

using nlohmann::json;

// A request body is a small JSON object: a room code, a name, a team, a choice.
constexpr std::size_t kMaxBodyBytes = 4096;
// How long a request waits for the seminar's loop before it answers "busy".
constexpr auto kAnswerTimeout = std::chrono::seconds(5);
// A stream writes at least this often, so that a phone that went away is noticed.
constexpr auto kKeepAlive = std::chrono::seconds(1);

const char* const kJsonType = "application/json; charset=utf-8";

Lang languageOf(const httplib::Request& req) {
    return requestLanguage(req.get_param_value("lang"), req.get_header_value("Accept-Language"));
}

std::string dump(const json& value) { return value.dump(-1, ' ', false, json::error_handler_t::replace); }

void sendJson(httplib::Response& res, int status, const json& body) {
    res.status = status;
    res.set_content(dump(body), kJsonType);
}

void sendError(httplib::Response& res, int status, std::string_view id, Lang lang) { sendJson(res, status, errorJson(id, lang)); }

// "Authorization: Bearer X" (the scheme in any case), else "".
std::string bearer(const httplib::Request& req) {
    const std::string header = req.get_header_value("Authorization");
    if (header.size() < 7) return {};
    std::string scheme = header.substr(0, 7);
    for (char& c : scheme) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (scheme != "bearer ") return {};
    const std::size_t start = header.find_first_not_of(' ', 7);
    return start == std::string::npos ? std::string() : header.substr(start);
}

// The phone behind a request's token (header, or ?token= for a browser's EventSource), or a 401.
std::optional<Phone> authenticate(PhoneServer::Impl& m, const httplib::Request& req, httplib::Response& res, Lang lang) {
    std::string token = bearer(req);
    if (token.empty()) token = req.get_param_value("token");
    if (token.empty()) {
        sendError(res, 401, "no-token", lang);
        return std::nullopt;
    }
    std::optional<Phone> phone = m.roster.find(token);
    if (!phone) sendError(res, 401, "bad-token", lang);
    return phone;
}

// The body as a JSON object (an empty body is an empty object), or a 400.
std::optional<json> parseBody(const httplib::Request& req, httplib::Response& res, Lang lang) {
    if (req.body.size() > kMaxBodyBytes) {
        sendError(res, 413, "too-large", lang);
        return std::nullopt;
    }
    if (req.body.find_first_not_of(" \t\r\n") == std::string::npos) return json::object();
    json body = json::parse(req.body, nullptr, false);
    if (body.is_discarded()) {
        sendError(res, 400, "bad-json", lang);
        return std::nullopt;
    }
    if (!body.is_object()) {
        sendError(res, 400, "bad-request", lang);
        return std::nullopt;
    }
    return body;
}

// An optional string field: absent or null leaves `out` empty, another type is an error.
bool optionalString(const json& body, const char* key, std::string& out) {
    const auto it = body.find(key);
    if (it == body.end() || it->is_null()) return true;
    if (!it->is_string()) return false;
    out = it->get<std::string>();
    return true;
}

// Queues a command and waits until the loop has applied it (the result), or nothing when the
// loop did not answer in time or the server is stopping.
std::optional<SessionResult> applyAndWait(PhoneServer::Impl& m, SessionCommand command) {
    std::future<SessionResult> result = m.queue.push(std::move(command));
    const auto deadline = std::chrono::steady_clock::now() + kAnswerTimeout;
    while (result.wait_for(std::chrono::milliseconds(50)) != std::future_status::ready) {
        if (m.stopping || std::chrono::steady_clock::now() > deadline) return std::nullopt;
    }
    return result.get();
}

// The session's refusal as an answer: the status and the error id.
void sendRefusal(httplib::Response& res, SessionError error, Lang lang, bool vote) {
    switch (error) {
    case SessionError::WrongPhase: return sendError(res, 409, vote ? "no-vote-open" : "wrong-phase", lang);
    case SessionError::SessionEnded: return sendError(res, 409, "session-ended", lang);
    case SessionError::NotOffered: return sendError(res, 400, "not-offered", lang);
    case SessionError::BadRound: return sendError(res, 400, "bad-round", lang);
    case SessionError::UnknownTeam: return sendError(res, 400, "unknown-team", lang);
    default: return sendError(res, 400, "bad-request", lang);
    }
}

// What one phone is shown: its team's state in its language, with its own vote and name.
json phoneState(const BoardSnapshot& snapshot, const Phone& phone, Lang lang) {
    const TeamBoard& team = snapshot.teams[phone.team.value];
    json state = team.state[static_cast<std::size_t>(lang)];
    const auto vote = team.votes.find(phone.voter);
    state["myVote"] = vote == team.votes.end() ? json() : json(vote->second);
    state["name"] = phone.name;
    return state;
}

json trainerState(PhoneServer::Impl& m, const BoardSnapshot& snapshot, Lang lang) {
    json state = snapshot.trainer[static_cast<std::size_t>(lang)];
    const std::vector<std::uint32_t> joined = m.roster.joined();
    json& teams = state["teams"];
    for (std::size_t t = 0; t < teams.size() && t < joined.size(); ++t) teams[t]["joined"] = joined[t];
    state["phones"] = m.roster.size();
    state["limit"] = m.roster.limit();
    return state;
}

void join(PhoneServer::Impl& m, const httplib::Request& req, httplib::Response& res) {
    const Lang lang = languageOf(req);
    const std::optional<json> body = parseBody(req, res, lang);
    if (!body) return;
    std::string room, nickname, team;
    if (!optionalString(*body, "room", room) || !optionalString(*body, "name", nickname) || !optionalString(*body, "team", team))
        return sendError(res, 400, "bad-request", lang);
    if (const std::string why = checkName(nickname); !why.empty()) return sendError(res, 400, why, lang);
    // The plenary is one team; an empty team name lets the server choose.
    const bool teamGiven = !team.empty() && m.form == SessionForm::Teams;
    const JoinResult joined = m.roster.join(room, nickname, teamGiven ? std::optional<std::string_view>(team) : std::nullopt);
    switch (joined.outcome) {
    case JoinResult::Outcome::Joined: {
        const std::string& teamName = m.roster.teams()[joined.phone.team.value];
        return sendJson(res, 200, {{"token", joined.token}, {"team", teamName.empty() ? json() : json(teamName)}, {"name", joined.phone.name}});
    }
    case JoinResult::Outcome::WrongRoom: return sendError(res, 403, "wrong-room", lang);
    case JoinResult::Outcome::SlowDown:
        res.set_header("Retry-After", std::to_string(joined.retryAfterSeconds));
        return sendError(res, 429, "slow-down", lang);
    case JoinResult::Outcome::Full: {
        json error = errorJson("room-full", lang);
        error["limit"] = m.roster.limit();
        return sendJson(res, 503, error);
    }
    case JoinResult::Outcome::UnknownTeam: return sendError(res, 400, "unknown-team", lang);
    }
}

// What a phone may know before it joins, once it brings the room code: the form and the teams.
void room(PhoneServer::Impl& m, const httplib::Request& req, httplib::Response& res) {
    const Lang lang = languageOf(req);
    const std::optional<json> body = parseBody(req, res, lang);
    if (!body) return;
    std::string code;
    if (!optionalString(*body, "room", code)) return sendError(res, 400, "bad-request", lang);
    int retryAfter = 0;
    switch (m.roster.checkRoom(code, retryAfter)) {
    case SecretCheck::Right: break;
    case SecretCheck::SlowDown:
        res.set_header("Retry-After", std::to_string(retryAfter));
        return sendError(res, 429, "slow-down", lang);
    case SecretCheck::Missing:
    case SecretCheck::Wrong: return sendError(res, 403, "wrong-room", lang);
    }
    const json& trainer = m.board.current()->trainer[static_cast<std::size_t>(lang)];
    json teams = json::array();
    if (m.form == SessionForm::Teams)
        for (const std::string& name : m.roster.teams()) teams.push_back(name);
    sendJson(res, 200, {{"form", std::string(idOf(m.form))}, {"teams", teams}, {"title", trainer["title"]}, {"lang", std::string(langId(lang))}});
}

void state(PhoneServer::Impl& m, const httplib::Request& req, httplib::Response& res) {
    const Lang lang = languageOf(req);
    const std::optional<Phone> phone = authenticate(m, req, res, lang);
    if (!phone) return;
    sendJson(res, 200, phoneState(*m.board.current(), *phone, lang));
}

void vote(PhoneServer::Impl& m, const httplib::Request& req, httplib::Response& res) {
    const Lang lang = languageOf(req);
    const std::optional<Phone> phone = authenticate(m, req, res, lang);
    if (!phone) return;
    const std::optional<json> body = parseBody(req, res, lang);
    if (!body) return;
    std::string choice;
    if (!optionalString(*body, "choice", choice) || choice.empty()) return sendError(res, 400, "bad-request", lang);
    const auto it = m.choices.find(choice);
    if (it == m.choices.end()) return sendError(res, 400, "not-offered", lang);
    const std::optional<SessionResult> result = applyAndWait(m, CastVote{phone->team, phone->voter, it->second});
    if (!result) return sendError(res, 503, "busy", lang);
    if (!result->ok()) return sendRefusal(res, result->error, lang, true);
    sendJson(res, 200, {{"myVote", choice}});
}

void events(PhoneServer::Impl& m, const httplib::Request& req, httplib::Response& res) {
    const Lang lang = languageOf(req);
    const std::optional<Phone> phone = authenticate(m, req, res, lang);
    if (!phone) return;
    struct Stream {
        Phone phone;
        Lang lang;
        std::optional<std::uint64_t> sent; ///< the team's epoch last sent
    };
    auto stream = std::make_shared<Stream>(Stream{*phone, lang, std::nullopt});
    res.set_header("Cache-Control", "no-store");
    res.set_header("X-Accel-Buffering", "no");
    ++m.streams;
    res.set_chunked_content_provider(
        "text/event-stream",
        [&m, stream](std::size_t, httplib::DataSink& sink) {
            const std::size_t team = stream->phone.team.value;
            std::vector<std::shared_ptr<const BoardSnapshot>> changes;
            std::string out;
            if (!stream->sent) {
                out = "retry: 2000\n\n"; // how soon a browser reconnects after the stream broke
                changes.push_back(m.board.current());
            } else {
                (void)m.board.wait(team, *stream->sent, std::chrono::duration_cast<std::chrono::milliseconds>(kKeepAlive));
                changes = m.board.since(team, *stream->sent);
            }
            if (m.stopping || m.board.stopped()) return false;
            // One event per change of phase, round or line, in order, each as that phase ended.
            for (const auto& snapshot : changes) {
                out += "event: state\ndata: " + dump(phoneState(*snapshot, stream->phone, stream->lang)) + "\n\n";
                stream->sent = snapshot->teams[team].epoch;
            }
            if (changes.empty()) out += ": keepalive\n\n";
            return sink.is_writable() && sink.write(out.data(), out.size());
        },
        [&m](bool) { --m.streams; });
}

// Checks the trainer's PIN; answers 401, 403 or 429 itself when it is missing, wrong or guessed too fast.
bool trainerAllowed(PhoneServer::Impl& m, const httplib::Request& req, httplib::Response& res, Lang lang) {
    int retryAfter = 0;
    switch (m.roster.checkPin(bearer(req), retryAfter)) {
    case SecretCheck::Right: return true;
    case SecretCheck::Missing:
        res.set_header("WWW-Authenticate", "Bearer realm=\"rapport-trainer\"");
        sendError(res, 401, "no-pin", lang);
        return false;
    case SecretCheck::Wrong: sendError(res, 403, "wrong-pin", lang); return false;
    case SecretCheck::SlowDown:
        res.set_header("Retry-After", std::to_string(retryAfter));
        sendError(res, 429, "slow-down", lang);
        return false;
    }
    return false;
}

void trainerStateRoute(PhoneServer::Impl& m, const httplib::Request& req, httplib::Response& res) {
    const Lang lang = languageOf(req);
    if (!trainerAllowed(m, req, res, lang)) return;
    sendJson(res, 200, trainerState(m, *m.board.current(), lang));
}

void trainerAction(PhoneServer::Impl& m, const httplib::Request& req, httplib::Response& res) {
    const Lang lang = languageOf(req);
    if (!trainerAllowed(m, req, res, lang)) return;
    const std::string name = req.matches[1];
    const std::optional<PhaseAction> action = phaseActionFromId(name);
    if (!action && name != "rewind") return sendError(res, 404, "not-found", lang);
    const std::optional<json> body = parseBody(req, res, lang);
    if (!body) return;

    std::string teamName, choiceId;
    if (!optionalString(*body, "team", teamName) || !optionalString(*body, "choice", choiceId)) return sendError(res, 400, "bad-request", lang);
    std::optional<TeamId> team;
    if (!teamName.empty() && m.form == SessionForm::Teams) {
        const std::vector<std::string>& teams = m.roster.teams();
        const auto it = std::find(teams.begin(), teams.end(), teamName);
        if (it == teams.end()) return sendError(res, 400, "unknown-team", lang);
        team = TeamId{static_cast<std::uint32_t>(it - teams.begin())};
    }
    ChoiceIndex choice = kNone;
    if (!choiceId.empty()) {
        const auto it = m.choices.find(choiceId);
        if (it == m.choices.end()) return sendError(res, 400, "not-offered", lang);
        choice = it->second;
    }
    SessionCommand command;
    if (name == "rewind") {
        const auto round = body->find("round");
        if (round == body->end() || !round->is_number_integer() || round->get<long long>() < 1 || round->get<long long>() > 100000)
            return sendError(res, 400, "bad-round", lang);
        command = Rewind{static_cast<std::uint32_t>(round->get<long long>()), team, choice};
    } else {
        // A pick belongs to `apply` only; elsewhere it would be silently ignored.
        if (choice != kNone && *action != PhaseAction::Apply) return sendError(res, 400, "bad-request", lang);
        command = PhaseCommand{*action, team, choice};
    }
    const std::optional<SessionResult> result = applyAndWait(m, std::move(command));
    if (!result) return sendError(res, 503, "busy", lang);
    if (!result->ok()) return sendRefusal(res, result->error, lang, false);
    // Published before the result was handed over: this is already the new state.
    sendJson(res, 200, trainerState(m, *m.board.current(), lang));
}

bool isApi(const httplib::Request& req) { return req.path.rfind("/api/", 0) == 0; }

} // namespace

void installRoutes(PhoneServer::Impl& m) {
    httplib::Server& http = m.http;
    http.new_task_queue = [max = m.options.maxThreads] { return new ElasticPool(max); };
    http.set_tcp_nodelay(true); // small answers must not wait for Nagle's algorithm
    http.set_payload_max_length(kMaxBodyBytes);
    http.set_read_timeout(5, 0);
    http.set_write_timeout(5, 0);
    http.set_keep_alive_timeout(5);
    http.set_keep_alive_max_count(100);

    for (const auto& [ext, type] : {std::pair{"html", "text/html; charset=utf-8"}, std::pair{"js", "text/javascript; charset=utf-8"},
                                    std::pair{"css", "text/css; charset=utf-8"}, std::pair{"svg", "image/svg+xml; charset=utf-8"},
                                    std::pair{"json", "application/json; charset=utf-8"}, std::pair{"txt", "text/plain; charset=utf-8"}})
        http.set_file_extension_and_mimetype_mapping(ext, type);
    // The pages may change between runs (an update): the browser asks again every time.
    http.set_mount_point("/", m.options.webRoot.string(),
                         {{"Cache-Control", "no-cache"},
                          {"Content-Security-Policy", "default-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; "
                                                      "frame-ancestors 'none'"}});

    http.set_post_routing_handler([](const httplib::Request& req, httplib::Response& res) {
        res.set_header("X-Content-Type-Options", "nosniff");
        res.set_header("Referrer-Policy", "no-referrer");
        if (isApi(req) && !res.has_header("Cache-Control")) res.set_header("Cache-Control", "no-store");
    });
    http.set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request& req, httplib::Response& res) {
        // Only where no route wrote an answer of its own (a missing page, a malformed request).
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        const Lang lang = languageOf(req);
        const char* id = res.status == 404 ? "not-found" : res.status == 413 ? "too-large" : "bad-request";
        if (isApi(req) || res.status != 404) res.set_content(dump(errorJson(id, lang)), kJsonType);
        else res.set_content(lang == Lang::De ? "Diese Seite gibt es nicht.\n" : "There is no such page.\n", "text/plain; charset=utf-8");
        return httplib::Server::HandlerResponse::Handled;
    }));
    http.set_exception_handler([](const httplib::Request& req, httplib::Response& res, std::exception_ptr) {
        sendError(res, 500, "internal", languageOf(req));
    });

    http.Post("/api/room", [&m](const httplib::Request& req, httplib::Response& res) { room(m, req, res); });
    http.Post("/api/join", [&m](const httplib::Request& req, httplib::Response& res) { join(m, req, res); });
    http.Get("/api/state", [&m](const httplib::Request& req, httplib::Response& res) { state(m, req, res); });
    http.Post("/api/vote", [&m](const httplib::Request& req, httplib::Response& res) { vote(m, req, res); });
    http.Get("/api/events", [&m](const httplib::Request& req, httplib::Response& res) { events(m, req, res); });
    http.Get("/api/trainer/state", [&m](const httplib::Request& req, httplib::Response& res) { trainerStateRoute(m, req, res); });
    http.Post(R"(/api/trainer/([a-z]{1,16}))", [&m](const httplib::Request& req, httplib::Response& res) { trainerAction(m, req, res); });
}

} // namespace rapport::phones
