// Loader benchmark (issue 2): generates a large scenario whose nodes have the size and shape of
// the bundled ones, then measures, in the same run, a bare nlohmann/json SAX pass over the file
// and Rapport's load + validation of it; and the peak heap while loading.
//
// usage: bench_loader [NODES] [RUNS] [KEEP_FILE]   (default 10000 nodes, 5 runs; prints `name: value unit`)
//
// Shape of the generated scenario (fixed; the same NODES always give the same text):
//   4 personas with traits, topics, 2 facts each; 6 variables; nodes in repeating blocks of ten:
//   4 decisions (3 choices each: bilingual texts of about 90 characters, an act, a topic on every
//   other choice, a condition on every third, an adjustment with a reason on every fourth,
//   principle + feedback on every second), 3 spoken lines, 2 narrations with an effect, 1 branch
//   on a persona field; every 50th node an ending, reached by the last choice of each decision
//   before it, while the other choices lead on past it, so every node is reachable.

#include "rapport/load/ScenarioLoader.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <new>
#include <string>
#include <vector>

namespace {

// Heap accounting for the peak-memory figure: every allocation in this process goes through here.
std::atomic<std::size_t> g_current{0};
std::atomic<std::size_t> g_peak{0};

void noteAlloc(std::size_t n) {
    const std::size_t now = g_current.fetch_add(n) + n;
    std::size_t peak = g_peak.load();
    while (now > peak && !g_peak.compare_exchange_weak(peak, now)) {}
}

} // namespace

void* operator new(std::size_t n) {
    void* p = std::malloc(n + 16);
    if (p == nullptr) throw std::bad_alloc();
    *static_cast<std::size_t*>(p) = n;
    noteAlloc(n);
    return static_cast<char*>(p) + 16;
}
void operator delete(void* p) noexcept {
    if (p == nullptr) return;
    char* base = static_cast<char*>(p) - 16;
    g_current.fetch_sub(*reinterpret_cast<std::size_t*>(base));
    std::free(base);
}
void operator delete(void* p, std::size_t) noexcept { operator delete(p); }

namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

json text(const std::string& de, const std::string& en) { return json{{"de", de}, {"en", en}}; }

std::string nodeId(int i) { return "n" + std::to_string(i); }

json generate(int nodes) {
    const char* acts[] = {"question", "listen", "praise", "give", "smalltalk", "pitch", "followup", "disclose"};
    const char* principles[] = {"appreciation", "give-first", "preparation", "keep-in-touch", "proportion"};
    const char* personas[] = {"weber", "krause", "yilmaz", "hansen"};
    json s;
    s["format"] = 1;
    s["id"] = "generated-large";
    s["title"] = text("Großes generiertes Szenario", "Large generated scenario");
    s["summary"] = text("Für die Ladezeitmessung erzeugt.", "Generated to measure loading.");
    s["goals"] = json::array({text("Laden messen", "Measure loading")});
    s["level"] = "advanced";
    s["minutes"] = 60;
    s["principles"] = json::array({"appreciation", "give-first", "preparation", "keep-in-touch", "proportion"});
    s["player"] = {{"name", "Alex Berger"}, {"role", text("Beraterin", "Consultant")}, {"company", "Berger Consulting"},
                   {"offer", text("Prozessberatung für den Mittelstand", "Process consulting for mid-sized firms")}};
    s["topics"] = {{"logistik", text("Logistik", "Logistics")}, {"segeln", text("Segeln", "Sailing")},
                   {"digital", text("Digitalisierung", "Digitalisation")}};
    s["variables"] = {{"notizen", 0}, {"termine", 0}, {"karten", 0}, {"zusagen", 0}, {"fehler", 0}, {"runde", 0}};
    s["personas"] = json::array();
    for (int p = 0; p < 4; ++p) {
        const std::string id = personas[p];
        s["personas"].push_back({{"id", id},
                                 {"name", "Dr. Person " + id},
                                 {"address", text("Frau Dr. " + id, "Dr " + id)},
                                 {"role", text("Leiterin Einkauf", "Head of purchasing")},
                                 {"company", "Hanse Beispiel AG"},
                                 {"traits", json::array({p % 2 == 0 ? "formal" : "relaxed", "analytical"})},
                                 {"interests", json::array({"segeln"})},
                                 {"concerns", json::array({"logistik"})},
                                 {"channel", p % 2 == 0 ? "face" : "phone"},
                                 {"facts", json::array({{{"id", id + "-artikel"}, {"text", text("Sie hat einen Fachartikel über Kühlketten veröffentlicht.", "She published an article on cold chains.")}, {"topic", "logistik"}},
                                                        {{"id", id + "-hobby"}, {"text", text("Sie segelt jeden Sommer auf der Ostsee.", "She sails on the Baltic every summer.")}, {"topic", "segeln"}}})},
                                 {"start", {{"sympathie", 25}, {"vertrauen", 20}, {"stage", "stranger"}}},
                                 {"weight", p == 3 ? 0 : 1}});
    }
    s["start"] = nodeId(0);
    json list = json::array();
    auto isEnding = [&](int i) { return i == nodes - 1 || i % 50 == 49; };
    for (int i = 0; i < nodes; ++i) {
        // The story runs past the endings; each decision's last choice leads to the next ending.
        int following = std::min(i + 1, nodes - 1);
        if (isEnding(following) && following != nodes - 1) ++following;
        const std::string next = nodeId(following);
        const std::string nextEnding = nodeId(std::min(i - i % 50 + 49, nodes - 1));
        const std::string persona = personas[i % 4];
        json node;
        node["id"] = nodeId(i);
        if (isEnding(i)) {
            node["type"] = "ending";
            node["text"] = text("Der Abend klingt aus, die Gespräche verstummen langsam.", "The evening winds down and the talk slowly fades.");
            node["debrief"] = text("Sie haben einige Kontakte vertieft und wissen, warum.", "You deepened some contacts and you know why.");
            node["rating"] = "mixed";
            list.push_back(node);
            continue;
        }
        const int kind = i % 10;
        if (kind < 4) {
            node["type"] = "decision";
            node["text"] = text("Frau Dr. " + persona + " schaut kurz auf ihr Telefon und dann wieder zu Ihnen. Was sagen Sie?",
                                "Dr " + persona + " glances at her phone and back at you. What do you say?");
            node["choices"] = json::array();
            for (int c = 0; c < 3; ++c) {
                const int k = i * 3 + c;
                json choice{{"id", "c" + std::to_string(k)},
                            {"text", text("„Wie gehen Sie in Ihrem Haus gerade mit den steigenden Anforderungen um?“",
                                          "“How is your company dealing with the rising demands at the moment?”")},
                            {"act", acts[k % 8]},
                            {"with", persona},
                            {"next", c == 2 ? nextEnding : next}};
                if (k % 2 == 0) choice["topic"] = "logistik";
                if (k % 3 == 1) choice["if"] = "notizen + termine >= " + std::to_string(k % 4) + " or " + persona + ".vertrauen > 30";
                if (k % 4 == 3)
                    choice["adjust"] = json::array({{{"kompetenz", 2}, {"reason", text("Die Zahlen, die Sie nennen, überzeugen.", "The figures you quote are convincing.")}}});
                if (k % 2 == 1) {
                    choice["principle"] = principles[k % 5];
                    choice["feedback"] = text("Hier haben Sie auf das eingegangen, was Ihr Gegenüber beschäftigt.",
                                              "Here you took up what occupies the other person.");
                }
                node["choices"].push_back(choice);
            }
        } else if (kind < 7) {
            node["type"] = "line";
            node["speaker"] = persona;
            node["text"] = text("„Das ist bei uns gerade tatsächlich ein großes Thema, ehrlich gesagt.“",
                                "“That is actually a big topic for us right now, to be honest.”");
            node["next"] = next;
        } else if (kind < 9) {
            node["type"] = "narration";
            node["text"] = text("Im Foyer wird es voller; jemand bietet frischen Kaffee an.", "The foyer fills up; someone offers fresh coffee.");
            node["effects"] = json::array({{{"var", "notizen"}, {"add", 1}}, {{"wait", "10m"}}});
            node["next"] = next;
        } else {
            node["type"] = "branch";
            node["branches"] = json::array({{{"if", persona + ".quality >= 30"}, {"next", next}}, {{"next", next}}});
        }
        list.push_back(node);
    }
    s["nodes"] = std::move(list);
    return s;
}

/// A SAX handler that accepts everything: the cost of reading the JSON and nothing else.
struct NullSax : nlohmann::json_sax<json> {
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }
};

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    const int nodes = argc > 1 ? std::atoi(argv[1]) : 10000;
    const int runs = argc > 2 ? std::atoi(argv[2]) : 5;
    const std::string file = generate(nodes).dump(1);
    if (argc > 3) { // keep the generated file, to look at or validate it
        if (std::FILE* out = std::fopen(argv[3], "wb")) {
            std::fwrite(file.data(), 1, file.size(), out);
            std::fclose(out);
        }
    }
    const double mb = static_cast<double>(file.size()) / 1e6;

    std::vector<double> sax, load;
    std::size_t diagnostics = 0;
    bool ok = true;
    std::size_t peak = 0;
    for (int r = 0; r < runs; ++r) {
        NullSax handler;
        auto t0 = Clock::now();
        const bool parsed = json::sax_parse(file, &handler);
        sax.push_back(std::chrono::duration<double>(Clock::now() - t0).count());
        if (!parsed) return 1;

        const std::size_t before = g_current.load();
        g_peak.store(before);
        t0 = Clock::now();
        const rapport::LoadResult result = rapport::loadScenarioText(file, "generated.json");
        load.push_back(std::chrono::duration<double>(Clock::now() - t0).count());
        peak = std::max(peak, g_peak.load() - before);
        ok = ok && result.ok();
        diagnostics = result.diagnostics.size();
    }
    const double saxS = median(sax), loadS = median(load);
    std::printf("loader_nodes: %d nodes\n", nodes);
    std::printf("loader_file_size: %.2f MB\n", mb);
    std::printf("loader_loaded_ok: %s (%zu diagnostics)\n", ok ? "yes" : "no", diagnostics);
    std::printf("nlohmann_sax_pass: %.1f ms (%.0f MB/s)\n", saxS * 1e3, mb / saxS);
    std::printf("rapport_load_validate: %.1f ms (%.0f MB/s)\n", loadS * 1e3, mb / loadS);
    std::printf("load_vs_sax_ratio: %.2f x\n", loadS / saxS);
    std::printf("load_peak_heap: %.2f MB\n", static_cast<double>(peak) / 1e6);
    std::printf("load_peak_vs_file_ratio: %.2f x\n", static_cast<double>(peak) / static_cast<double>(file.size()));
    return ok ? 0 : 1;
}
