#include "rapport/model/Mood.h"

#include "rapport/model/ModelConstants.h"
#include "rapport/model/PresentationConstants.h"

#include <algorithm>

namespace rapport {
namespace {

using namespace presentation;

std::int32_t clampTo(std::int64_t v, std::int32_t lo, std::int32_t hi) {
    return static_cast<std::int32_t>(std::clamp<std::int64_t>(v, lo, hi));
}

} // namespace

Mood moodOf(const PersonaState& persona, std::int64_t lastReaction) {
    Mood mood;
    const std::int32_t base =
        clampTo((qualityOf(persona) - kNeutralQuality) / kQualityPerValence, kQualityValenceMin, kQualityValenceMax);
    const std::int32_t reaction = clampTo(lastReaction / kReactionPerValence, -kReactionCap, kReactionCap);
    // Pressure is felt before it erodes anything: tension is 100 where the model lets pressure
    // erode liking and trust.
    mood.tension = clampTo(std::int64_t{persona.pressure} * 100 / (model::kPressureErodesFrom * kScale), 0, 100);
    mood.valence = clampTo(std::int64_t{base} + reaction - mood.tension / kTensionPerValence, -100, 100);

    if (mood.valence <= kIrritatedValence || (mood.tension >= kIrritatedTension && mood.valence < kIrritatedTenseValence))
        mood.kind = MoodKind::Irritated;
    else if (mood.valence <= kReservedValence)
        mood.kind = MoodKind::Reserved;
    else if (mood.valence < kPleasedValence)
        mood.kind = MoodKind::Neutral;
    else if (mood.valence < kWarmValence)
        mood.kind = MoodKind::Pleased;
    else
        mood.kind = MoodKind::Warm;
    return mood;
}

std::int64_t reactionSince(const std::vector<Change>& changes, PersonaIndex persona, std::uint32_t fromStep) {
    std::int64_t sum = 0;
    // The log is in step order: walk back from the end until an older step.
    for (auto it = changes.rbegin(); it != changes.rend() && it->step >= fromStep; ++it)
        if (it->persona == persona && it->target == ChangeTarget::Dimension) sum += it->delta();
    return sum;
}

std::string_view nameOf(MoodKind kind, Lang lang) {
    const bool de = lang == Lang::De;
    switch (kind) {
    case MoodKind::Irritated: return de ? "verärgert" : "irritated";
    case MoodKind::Reserved: return de ? "zurückhaltend" : "reserved";
    case MoodKind::Neutral: return de ? "neutral" : "neutral";
    case MoodKind::Pleased: return de ? "erfreut" : "pleased";
    case MoodKind::Warm: return de ? "herzlich" : "warm";
    }
    return {};
}

} // namespace rapport
