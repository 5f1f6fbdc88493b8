#pragma once
// What the window keeps about the progress store between frames: the open database (or why
// there is none), the learner's profile or guest mode, the recorder of the game in progress, the
// run that can be continued, the profile dialog's fields and the progress screen's data.

#include "store/Progress.h"
#include "store/ProgressStore.h"
#include "store/RunRecorder.h"

#include <array>
#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rapport::gui {

/// The "who is playing?" dialog.
struct ProfileDialog {
    bool open = false;
    bool firstStart = false;         ///< opened by the start: a choice is needed, Esc does not close it
    std::array<char, 128> name{};     ///< the name field
    store::NameProblem problem = store::NameProblem::None;
    bool focusName = false;          ///< put the keyboard into the name field in the next frame
    std::optional<store::ProfileId> confirmDelete;
    std::vector<store::Profile> profiles; ///< read when the dialog opens
    float contentHeight = 0;         ///< measured in the previous frame, so the dialog fits its content
};

/// The progress screen's data, read from the database when the screen opens.
struct ProgressView {
    std::optional<store::ProgressData> data;
    std::optional<store::PracticeAdvice> advice;
    double loadMs = 0;     ///< the database query
    double loadCpuMs = 0;  ///< the query's CPU time (the machine may be busy with other work)
    double openMs = 0;     ///< from the click to the end of the first frame on screen
    double openCpuMs = 0;  ///< the process's CPU time in that span (the window and its GL threads)
    double cpuAtOpen = 0;
    std::int64_t dataVersion = -1; ///< PRAGMA data_version when read: another process's commit changes it
    bool readWhileIdle = false;    ///< the data was read ahead, while the window waited for input
    std::optional<std::chrono::steady_clock::time_point> openedAt;
    bool firstFrameDrawn = false; ///< the frame of the click, which still showed the screen before
};

struct LearnerState {
    std::unique_ptr<store::ProgressStore> store; ///< null when the database cannot be used
    std::string error;                           ///< why not, in the learner's language
    std::optional<store::ProfileId> profile;     ///< none: a guest, nothing is stored
    std::string profileName;
    bool chosen = false;                         ///< a profile (or guest mode) was chosen for this session
    ProfileDialog dialog;
    std::unique_ptr<store::RunRecorder> recorder; ///< records app.game
    std::uint64_t recordedGame = 0;              ///< Game::serial the recorder belongs to
    std::optional<store::StoredRun> unfinished;  ///< offered as "continue" on the start screen
    bool unfinishedStale = true;
    std::string resumeError;
    double lastWriteAt = -1;                     ///< seconds; for the checkpoint once the window is idle
    ProgressView progress;
};

} // namespace rapport::gui
