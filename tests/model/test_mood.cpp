// The mood a face shows: from quality, pressure and the latest reaction (rapport/model/Mood.h).

#include "rapport/model/Mood.h"
#include "rapport/model/ModelConstants.h"

#include <doctest/doctest.h>

using namespace rapport;

namespace {

PersonaState withAll(int points) {
    PersonaState p;
    p.dims.fill(points * kScale);
    return p;
}

Change dimensionChange(std::uint32_t step, PersonaIndex persona, std::int64_t delta) {
    Change c;
    c.step = step;
    c.persona = persona;
    c.target = ChangeTarget::Dimension;
    c.before = 3000;
    c.after = 3000 + delta;
    return c;
}

} // namespace

TEST_CASE("a stranger at the baseline looks neutral, not cold") {
    const Mood mood = moodOf(withAll(model::kNeutral[2]), 0);
    CHECK(mood.kind == MoodKind::Neutral);
    CHECK(mood.tension == 0);
}

TEST_CASE("a good relationship looks warm, a poor one reserved or irritated") {
    CHECK(moodOf(withAll(70), 0).kind == MoodKind::Warm);
    CHECK(moodOf(withAll(45), 0).kind == MoodKind::Pleased);
    const MoodKind poor = moodOf(withAll(8), 0).kind;
    CHECK((poor == MoodKind::Reserved || poor == MoodKind::Irritated));
}

TEST_CASE("valence rises with quality and with a pleasing move") {
    CHECK(moodOf(withAll(50), 0).valence > moodOf(withAll(30), 0).valence);
    CHECK(moodOf(withAll(30), 500).valence > moodOf(withAll(30), 0).valence);
    CHECK(moodOf(withAll(30), -500).valence < moodOf(withAll(30), 0).valence);
}

TEST_CASE("a single move cannot outweigh the whole relationship") {
    // A strong relationship stays on the friendly side after one bad move.
    const Mood afterSlip = moodOf(withAll(75), -100000);
    CHECK(afterSlip.valence > 0);
}

TEST_CASE("pressure shows as tension and sours the face even in a decent relationship") {
    PersonaState pressed = withAll(40);
    pressed.pressure = model::kPressureErodesFrom * kScale;
    const Mood mood = moodOf(pressed, 0);
    CHECK(mood.tension == 100);
    CHECK(mood.valence < moodOf(withAll(40), 0).valence);
    CHECK(mood.kind == MoodKind::Irritated);
}

TEST_CASE("values stay in range at the extremes") {
    PersonaState extreme = withAll(100);
    extreme.pressure = 10000;
    for (const std::int64_t reaction : {std::int64_t{-1000000}, std::int64_t{0}, std::int64_t{1000000}}) {
        const Mood m = moodOf(extreme, reaction);
        CHECK(m.valence >= -100);
        CHECK(m.valence <= 100);
        CHECK(m.tension >= 0);
        CHECK(m.tension <= 100);
    }
}

TEST_CASE("the reaction sums a persona's dimension changes from a step on") {
    std::vector<Change> log{dimensionChange(0, 0, 400), dimensionChange(1, 0, -200), dimensionChange(1, 1, 900),
                            dimensionChange(2, 0, 300)};
    Change pressure = dimensionChange(2, 0, 5000);
    pressure.target = ChangeTarget::Pressure;
    log.push_back(pressure);
    CHECK(reactionSince(log, 0, 1) == 100);  // -200 + 300; persona 1 and pressure don't count
    CHECK(reactionSince(log, 0, 0) == 500);
    CHECK(reactionSince(log, 1, 2) == 0);
    CHECK(reactionSince({}, 0, 0) == 0);
}

TEST_CASE("every mood has a name in both languages") {
    for (int k = 0; k < kMoodKindCount; ++k) {
        CHECK_FALSE(nameOf(static_cast<MoodKind>(k), Lang::De).empty());
        CHECK_FALSE(nameOf(static_cast<MoodKind>(k), Lang::En).empty());
    }
}
