#include "Explain.h"

namespace rapport::gui {

std::string_view explainDimension(Dimension d, Lang lang) {
    const bool de = lang == Lang::De;
    switch (d) {
    case Dimension::Sympathie:
        return de ? "Wie gern die Person Zeit mit Ihnen verbringt. Sympathie ersetzt keine Kompetenz – beides muss stimmen."
                  : "How much the person enjoys your company. Liking cannot stand in for competence: both have to be there.";
    case Dimension::Anerkennung:
        return de ? "Ob sich die Person von Ihnen gesehen und wertgeschätzt fühlt – durch echtes Interesse, nicht durch Schmeichelei."
                  : "Whether the person feels seen and valued by you: through genuine interest, not flattery.";
    case Dimension::Vertrauen:
        return de ? "Wie sehr sich die Person darauf verlässt, dass Sie es ehrlich meinen und Zusagen halten."
                  : "How far the person relies on you meaning well and keeping your word.";
    case Dimension::Gegenseitigkeit:
        return de ? "Ob Geben und Nehmen im Gleichgewicht sind. Wer in Vorleistung geht, stärkt sie; wer sofort etwas zurückfordert, schwächt sie."
                  : "Whether giving and taking are in balance. Giving first strengthens it; asking for something back at once weakens it.";
    case Dimension::Intensitaet:
        return de ? "Wie tief die Verbindung ist. Sie wächst mit Begegnungen, die etwas wert sind – nicht mit ihrer bloßen Zahl."
                  : "How deep the connection is. It grows with encounters that are worth something, not with their mere number.";
    case Dimension::Kompetenz:
        return de ? "Wie fachkundig und hilfreich die Person Sie erlebt – etwa durch gute Vorbereitung und treffende Fragen."
                  : "How knowledgeable and useful the person finds you, for example through good preparation and apt questions.";
    }
    return {};
}

std::string_view explainStage(Stage s, Lang lang) {
    const bool de = lang == Lang::De;
    switch (s) {
    case Stage::Stranger: return de ? "Man kennt sich noch nicht." : "You don't know each other yet.";
    case Stage::Acquaintance:
        return de ? "Man hat sich kennengelernt und erinnert sich aneinander." : "You have met and remember each other.";
    case Stage::Contact:
        return de ? "Ein Kontakt, den man ohne Anlass anrufen kann." : "A contact you can call without a special reason.";
    case Stage::Relationship:
        return de ? "Eine gewachsene Beziehung mit Vertrauen und wiederholten guten Begegnungen."
                  : "An established relationship with trust and repeated good encounters.";
    case Stage::Partner:
        return de ? "Partnerschaft: Man lässt einander gewinnen, Geben und Nehmen sind im Gleichgewicht."
                  : "Partnership: you let each other win, and giving and taking are in balance.";
    }
    return {};
}

std::string_view explainIndicator(Indicator i, Lang lang) {
    const bool de = lang == Lang::De;
    switch (i) {
    case Indicator::Pressure:
        return de ? "Druck entsteht, wenn Beziehungsgesten – Einladungen, Komplimente, Geschenke, Plaudereien – der Sache davonlaufen. "
                    "Hoher Druck kostet Sympathie und Vertrauen, und die Person sagt eher Nein. Substanz und Zeit bauen ihn ab."
                  : "Pressure builds when relationship gestures (invitations, compliments, gifts, small talk) run ahead of substance. "
                    "High pressure costs liking and trust, and the person is more likely to say no. Substance and time ease it.";
    case Indicator::Reciprocity:
        return de ? "Das Gefallen-Konto: Wie viele Gefallen Ihnen die Person schuldet (plus) oder Sie ihr (minus). "
                    "Wer zuerst gibt, kann später eher um etwas bitten – eine sofortige Gegenforderung macht das Geschenk zum Tauschhandel."
                  : "The favour account: how many favours the person owes you (plus) or you owe them (minus). "
                    "Giving first makes a later request easier; asking back at once turns the gift into a trade.";
    case Indicator::Willingness:
        return de ? "Wie bereitwillig die Person eine Bitte erfüllen würde (0–100, für eine mittlere Bitte im persönlichen Gespräch). "
                    "Ab 50 sagt sie ja. Die Note steigt mit Vertrauen, Kompetenz, Gegenseitigkeit und offenen Gefallen; "
                    "Druck, ein Gefallen, den Sie schulden, eine große Bitte oder eine bloße Nachricht senken sie."
                  : "How readily the person would grant a request (0–100, for a medium request in person). From 50 on the answer is yes. "
                    "The grade rises with trust, competence, reciprocity and favours owed to you; pressure, a favour you owe, a large "
                    "request or a mere message lower it.";
    case Indicator::Time:
        return de ? "Wie viel Zeit im Szenario vergangen ist. Ohne Kontakt kühlen Beziehungen mit der Zeit ab, und Druck lässt nach."
                  : "How much time has passed in the scenario. Without contact, relationships cool down over time, and pressure fades.";
    case Indicator::Budget:
        return de ? "Die Zeit, die Ihnen für Recherche bleibt. Jede Recherche kostet Minuten – wählen Sie, was Ihnen am meisten bringt."
                  : "The time you have left for research. Every piece of research costs minutes: choose what helps you most.";
    case Indicator::Quality:
        return de ? "Die Gesamtqualität der Beziehung (0–100). Die schwächste Dimension zieht sie nach unten: Keine Stärke gleicht eine Schwäche ganz aus."
                  : "The overall quality of the relationship (0–100). The weakest dimension pulls it down: no strength fully makes up for a weakness.";
    case Indicator::Stage:
        return de ? "Die Stufe der Beziehung, vom Fremden bis zum Partner. Sie folgt aus Qualität und gemeinsamen Begegnungen."
                  : "The stage of the relationship, from stranger to partner. It follows from quality and shared encounters.";
    case Indicator::Mood:
        return de ? "Die Stimmung der Person Ihnen gegenüber: Sie folgt der Beziehungsqualität, dem Druck und ihrer Reaktion auf Ihre letzte Entscheidung."
                  : "The person's mood towards you: it follows the quality of the relationship, the pressure and their reaction to your last move.";
    case Indicator::Result:
        return de ? "Das Ergebnis des Szenarios: die Beziehungsqualität über alle Personen, gewichtet nach ihrer Bedeutung."
                  : "The scenario's result: relationship quality across all people, weighted by how much each one matters.";
    case Indicator::Score:
        return de ? "Ihr Ergebnis in diesem Szenario, von 0 bis 100: Ein solider, gelungener Verlauf erreicht etwa 75, der beste "
                    "mögliche 100. Ab 70 gilt der Verlauf als gelungen. Dahinter stehen die Beziehungen zu den einzelnen Personen."
                  : "Your score in this scenario, 0 to 100: a solid, successful playthrough reaches about 75, the best possible one "
                    "100. From 70 on the playthrough counts as a success. Behind it stand the relationships with each person.";
    case Indicator::Radar:
        return de ? "Die sechs Dimensionen der Beziehung aus Sicht der Person (0–100). Eine Änderung bewegt die Fläche; "
                    "darunter steht, warum."
                  : "The six dimensions of the relationship from the person's point of view (0–100). A change moves the shape; "
                    "the reason is listed below.";
    case Indicator::Encounters:
        return de ? "Begegnungen, die etwas gebracht haben. Eine Beziehung wächst mit solchen Begegnungen – nicht mit der bloßen Zahl der Kontakte. "
                    "Ohne Kontakt kühlt sie mit der Zeit ab."
                  : "Encounters that were worth something. A relationship grows with such encounters, not with the mere number of "
                    "contacts. Without contact it cools down over time.";
    case Indicator::Dossier:
        return de ? "Was Ihre Recherche und die Gespräche bisher über die Personen verraten haben. Manche Einstiege gibt es nur mit diesem Wissen."
                  : "What your research and the conversations have revealed about the people so far. Some openers exist only with this knowledge.";
    }
    return {};
}

} // namespace rapport::gui
