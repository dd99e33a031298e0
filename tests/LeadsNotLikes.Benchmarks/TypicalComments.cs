using LeadsNotLikes.Events;
using LeadsNotLikes.Scoring;

namespace LeadsNotLikes.Benchmarks;

/// <summary>A mix of typical comments, replies, mentions and reviews in the seven languages (about 40% leads).</summary>
public static class TypicalComments
{
    public static ScoringRequest[] All { get; } =
    [
        new("Love this! How much for a family of 4?", EngagementKind.Comment),
        new("Gorgeous 😍😍", EngagementKind.Comment),
        new("do you deliver to Clapham? need 40 cupcakes for friday", EngagementKind.Comment),
        new("🔥🔥🔥", EngagementKind.Comment),
        new("Giveaway entry! followed + tagged @amy.k @jon_b", EngagementKind.Comment),
        new("Is the kitchen open till 10 tonight? coming from the theatre", EngagementKind.Comment),
        new("Great insights, totally agree with point 3.", EngagementKind.Comment),
        new("dm'd you about the wedding in June 💍", EngagementKind.Comment),
        new("Buy 10k real followers cheap 👉 link in bio", EngagementKind.Comment),
        new("Are you hiring? I have 3 years experience as a barber", EngagementKind.Comment),
        new("Food was cold and we waited an hour. I'd like a refund or someone to call me please.", EngagementKind.Review, 2),
        new("Best haircut I've had in years, thank you Chloe!", EngagementKind.Review, 5),
        new("¿Cuánto cuesta el corte y color? 🙏", EngagementKind.Comment),
        new("Qué bonito ha quedado 😍", EngagementKind.Comment),
        new("Habt ihr diese Woche noch einen Termin frei?", EngagementKind.Comment),
        new("Danke für den tollen Service!", EngagementKind.Comment),
        new("Combien pour un balayage sur cheveux longs ?", EngagementKind.Comment),
        new("mdr la tête du chat 😂", EngagementKind.Comment),
        new("Vocês entregam em Lisboa? Quero encomendar dois", EngagementKind.Comment),
        new("Parabéns pela conquista, equipe!", EngagementKind.Comment),
        new("Wat kost knippen en föhnen bij jullie?", EngagementKind.Comment),
        new("Ziet er heerlijk uit 🤤", EngagementKind.Comment),
        new("Avete posto stasera per 4? Uno è celiaco", EngagementKind.Comment),
        new("Buon Natale a tutto lo studio 🎄", EngagementKind.Comment),
        new("We offer white-label SEO services for agencies. Open to a quick chat?", EngagementKind.Comment),
        new("Room was fine, breakfast a bit cold. Nothing else to add.", EngagementKind.Review, 3),
        new("We're moving off our current payroll provider in April, do you handle pensions too?", EngagementKind.Comment),
        new("@jess we need this for our anniversary 🙌", EngagementKind.Comment),
        new("STILL AVAILABLE??? WANT TO VIEW ASAP", EngagementKind.Comment),
        new("Nice work 👍", EngagementKind.Comment),
        new("Parcel arrived with a cracked lid. Can you send a replacement? Order 5521.", EngagementKind.Review, 2),
        new("who took this photo? stunning light", EngagementKind.Comment),
    ];
}
