#include "store/StoreMessages.h"

#include "rapport/core/Cite.h"

namespace rapport::store {

std::string describeStoreError(const StoreError& error, Lang lang) {
    const bool de = lang == Lang::De;
    // The detail names files and profiles: control characters in them must not forge a line.
    const std::string detail = escapeForMessage(error.what());
    switch (error.problem()) {
    case StoreProblem::Foreign:
        return de ? "Die Datei ist keine Fortschrittsdatenbank von Rapport und bleibt unverändert (" + detail +
                        "). Verschieben Sie sie oder setzen Sie XDG_DATA_HOME auf einen anderen Ordner."
                  : "The file is not a Rapport progress database and is left as it is (" + detail +
                        "). Move it away or set XDG_DATA_HOME to another folder.";
    case StoreProblem::Damaged:
        return de ? "Die Fortschrittsdatenbank ist beschädigt und bleibt unverändert (" + detail +
                        "). Verschieben Sie die Datei, dann beginnt Rapport eine neue; `sqlite3 DATEI .recover` rettet oft den Inhalt."
                  : "The progress database is damaged and is left as it is (" + detail +
                        "). Move the file away and Rapport starts a new one; `sqlite3 FILE .recover` often rescues its content.";
    case StoreProblem::Newer:
        return de ? "Die Fortschrittsdatenbank stammt von einer neueren Rapport-Version und bleibt unverändert (" + detail + ")."
                  : "The progress database comes from a newer version of Rapport and is left as it is (" + detail + ").";
    case StoreProblem::Io: break;
    }
    return de ? "Die Fortschrittsdatenbank ist nicht nutzbar (" + detail + ")." : "The progress database cannot be used (" + detail + ").";
}

} // namespace rapport::store
