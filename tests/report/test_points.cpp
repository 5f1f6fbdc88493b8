// Figures as learners read them: whole points, the real minus sign, counts in words.

#include "rapport/report/Points.h"

#include <doctest/doctest.h>

using namespace rapport;

TEST_CASE("points: changes read as whole points with the real minus sign, never as a fraction") {
    CHECK(formatChange(400) == "+4");
    CHECK(formatChange(-250) == "\u22123"); // half a point rounds away from zero
    CHECK(formatChange(149) == "+1");
    CHECK(formatChange(30) == "±0");
    CHECK(formatChange(-30) == "±0");
    CHECK(roundsToNothing(-49));
    CHECK_FALSE(roundsToNothing(50));
    CHECK(formatCount(-1) == "\u22121");
    CHECK(formatCount(2) == "+2");
    CHECK(formatCount(0) == "0");
}

TEST_CASE("points: how often, as a trainer says it") {
    CHECK(timesWord(1, true) == "einmal");
    CHECK(timesWord(3, true) == "dreimal");
    CHECK(timesWord(13, true) == "13-mal");
    CHECK(timesWord(1, false) == "once");
    CHECK(timesWord(2, false) == "twice");
    CHECK(timesWord(5, false) == "5 times");
}
