using System.Buffers;
using LeadsNotLikes.Events;

namespace LeadsNotLikes.Scoring;

/// <summary>
/// Turns a request into the model's features: one per cue family found in the text (with the span of its
/// first hit), plus context features (question, review stars, tags, negation, emoji-only, team vocabulary).
/// Shared by scoring and training so both see exactly the same features.
/// </summary>
internal sealed class FeatureExtractor
{
    public const string Question = "question";
    public const string EmojiOnly = "emoji-only";
    public const string ReviewLow = "review-1-2-stars";
    public const string ReviewMid = "review-3-stars";
    public const string ReviewHigh = "review-4-5-stars";
    public const string Mention = "mention";
    public const string Reply = "reply";
    public const string ComplaintRequest = "complaint-with-request";
    public const string FriendTag = "friend-tag";
    public const string MultiTag = "multi-tag";
    public const string Negated = "negated-cue";
    public const string LongText = "long-text";
    public const string Vocabulary = "team-vocabulary";
    public const string VocabularyQuestion = "team-vocabulary-question";
    public const string StatedOnly = "stated-not-asked";
    public const string StatedPast = "stated-in-past";
    public const string BookingRequest = "booking-request";
    public const string AddressedQuestion = "addressed-question";
    public const string AvailabilityQuestion = "availability-question";
    public const string ConditionalOffer = "conditional-offer";
    public const string CurrentProvider = "current-provider";
    public const string ImperativeRequest = "imperative-request";
    public const string PriceShape = "price-shape";
    public const string SelfPromotion = "self-promotion";
    public const string SellerIntro = "seller-intro";
    public const string SeekingReplacement = "seeking-replacement";
    public const string ReturnBooked = "return-booked";

    // Cue families that name what is bought (a price, a slot, a table, a plan); they ask only in a question or a
    // request, and in the mouth of a seller they describe the seller's own offer.
    private static readonly string[] AskContent = ["price-ask", "how-much", "price-word", "deal-ask", "availability-ask", "booking-ask", "booking-noun", "purchase-topic", "party-size", "sign-up"];

    // Families that make a sentence a request or a plan even without a question mark.
    private static readonly string[] Frames = ["question-opener", "need-plan", "request", "contact-ask", "contact-sent", "purchase-ask", "tag-plan", "recovery", "switching", "future-visit"];

    // Families that say the speaker sells (to the business) or wants a job there.
    private static readonly string[] Sellers = ["vendor-pitch", "job-seeker", "follower-spam"];

    // What a seller's or job seeker's words cannot mean: besides the content of a purchase, their requests,
    // plans and "can I / do you" openers offer something ("can I send you a demo?", "we deliver to bakeries").
    private static readonly string[] SellerMuted = [.. AskContent, "purchase-ask", "contact-ask", "request", "question-opener", "need-plan", "tag-plan", "recovery", "future-visit"];

    // Words that make a booking word the object of a wish, request or plan ("quiero sacar turno", "je voudrais un
    // rdv", "on s'inscrit ?", "ik reserveer"): the speaker wants that slot, not only to know whether one is free.
    private static readonly string[] BookingFrames = ["need-plan", "request", "purchase-ask", "tag-plan", "future-visit", "callback-promise"];
    private static readonly string[] BookingWords = ["booking-ask", "booking-noun"];

    // Folded words that open a question in the seven languages (only unambiguous ones: not "como", "come", "hoe",
    // nor the French "quel", which opens exclamations as often).
    private static readonly WordSet QuestionWords = new(
    [
        "what", "whats", "which", "how", "when", "where", "whos", "cual", "cuales", "cuanto", "cuanta", "cuantos", "cuando", "donde",
        "welche", "welcher", "welches", "wann", "wieviel", "combien", "quand", "qual", "quais",
        "quanto", "quanta", "quando", "onde", "wat", "welke", "hoeveel", "wanneer", "waar", "hoe", "quale", "quali", "dove",
    ]);

    // Second-person pronouns that address the business (folded): a question that puts one among its first words
    // ("macht ihr auch …?", "ondersteunen jullie …?", "vous l'avez encore …?", "vocês fazem …?", "do you guys …?")
    // asks the business for something, whatever the verb. Language-neutral grammar, not phrases.
    private static readonly WordSet SecondPerson = new(
    [
        "you", "u", "ya", "yall", "ihr", "euch", "vous", "ustedes", "usted", "uds", "ud", "jullie", "voi", "voces", "voce", "vcs", "vc",
        "ge", "gij", "hebde", "hedde", "zijde", "zedde", "kunde",
    ]);

    // Pronouns that address someone only right after a verb that opens the question ("haben Sie", "hast du",
    // "kan je", "peux-tu", "puis-je", "kann man", "gibt es", "is het", "wäre es"): the verb-first question of
    // German, Dutch and French inversion.
    private static readonly WordSet InvertedSubject = new(["sie", "du", "je", "tu", "man", "es", "het", "il", "on"]);

    // Auxiliaries and verbs that open a yes/no question when a second-person or inverted subject follows ("do u
    // still have …", "habt ihr noch …", "hebben jullie …", "avez-vous …", "tienen …"): a question even without '?'.
    private static readonly WordSet QuestionVerbs = new(
    [
        "do", "does", "did", "can", "could", "would", "will", "are", "have", "got", "any", "hand", "hend", "hatt", "chond", "hesch", "hasch", "habts", "hobts", "seids",
        "habt", "haben", "hast", "hat", "konnt", "konnen", "kannst", "kann", "macht", "machen", "hattet", "hatten", "ware", "waren", "gibt", "gibts", "bietet", "bieten",
        "hebben", "heb", "hebt", "heeft", "kunnen", "kan", "kun", "kunt", "doen", "doet", "zijn", "bent",
        "avez", "pouvez", "faites", "etes", "auriez", "pourriez", "peux", "puis", "fais", "as",
        "podeis", "pueden", "puede", "tienen", "teneis", "tenes", "hacen", "haceis", "podem", "pode", "tem", "fazem", "faz",
        "avete", "potete", "fate", "siete", "potreste", "avreste",
    ]);

    // Words that make a question about availability (still / free / open / in stock / how soon), in seven languages.
    private static readonly WordSet AvailabilityWords = new(
    [
        "still", "encore", "noch", "nog", "ainda", "todavia", "aun", "ancora", "left", "free", "frei", "libre", "libres", "livre", "livres",
        "vrij", "libero", "libera", "liberi", "open", "opened", "offen", "geoffnet", "ouvert", "ouverts", "aberto", "abertos", "abierto",
        "abiertos", "aperto", "aperti", "stock", "estoque", "voorraad", "lager", "available", "availability", "disponible", "disponibles",
        "disponivel", "disponiveis", "beschikbaar", "verfugbar", "disponibile", "disponibili", "asap", "fruhestens", "soonest", "earliest",
        "when", "wann", "quand", "quando", "cuando", "wanneer",
    ]);

    // An indefinite article after the question word makes an exclamation ("what a view", "wat een fijne plek").
    private static readonly WordSet Exclamative = new(["a", "an", "een", "ein", "eine", "un", "une", "uno", "una", "um", "uma", "such"]);

    // Conditional openers ("if you send the rest I'll update my review", "se avete una prova passo da voi").
    private static readonly WordSet Conditionals = new(["if", "si", "se", "wenn", "falls", "als", "mits", "sofern", "qualora"]);

    // Second-person verb forms that address the business without a pronoun ("se avete", "si me mandáis" is caught
    // by the -áis/-éis ending below).
    private static readonly WordSet SecondPersonVerbs = new(
    [
        "avete", "potete", "fate", "mandate", "habt", "konnt", "macht", "schickt", "avez", "pouvez", "faites", "envoyez",
        "teneis", "podeis", "tienen", "pueden", "hacen", "tem", "tiverem", "podem", "fazem", "hebben", "kunnen", "kunt",
    ]);

    // Words that, two or three words before "with/bei/con/na/chez/bij/da" + a capitalised name, make the name the
    // speaker's current provider: being, membership, a contract or its length ("been with Skylink", "estou na Mek",
    // "sono iscritta da FitPoint", "bin grad noch bei FitX", "our contract with Paywise").
    private static readonly WordSet Membership = new(
    [
        "been", "am", "im", "re", "are", "were", "still", "stuck", "signed", "contract", "member", "customer", "client",
        "estou", "to", "estamos", "estoy", "sigo", "seguimos", "cliente", "contrato", "contratto", "sono", "siamo",
        "iscritta", "iscritto", "iscritti", "abbonato", "abbonata", "bin", "sind", "noch", "vertrag", "kunde", "kundin",
        "zit", "zitten", "ben", "klant", "abonnement", "suis", "sommes", "contrat", "abonne", "abonnee",
        "years", "yrs", "jahren", "jahre", "jaar", "jaren", "ans", "annees", "anos", "anni", "ano", "anno", "mois", "months", "monaten", "maanden", "meses", "mesi",
    ]);

    // ("on" only right after "been": "been on LedgerPro for 8 years", not "are you open on Boxing Day").
    private static readonly WordSet MembershipPrepositions = new(["with", "bei", "con", "na", "no", "chez", "bij", "da", "com"]);

    // Perfect-tense auxiliaries and habit words: a buying verb right after one ("on a acheté", "we've ordered",
    // "hab bestellt", "abbiamo comprato") or in a clause with one ("j'achète ici tous les matins", "I buy here
    // every week") reports buying that happened or keeps happening; it is no act of buying now.
    private static readonly WordSet PerfectAuxiliaries = new(
    [
        "ve", "have", "has", "had", "a", "ai", "avons", "avait", "habe", "hab", "haben", "hatte", "heb", "hebben", "heeft",
        "ho", "abbiamo", "hanno", "he", "hemos", "han",
    ]);

    private static readonly WordSet HabitWords = new(
    [
        "every", "always", "usually", "tous", "toutes", "toujours", "depuis", "chaque", "siempre", "cada", "todos", "todas", "immer",
        "jeden", "jede", "seit", "altijd", "elke", "iedere", "sempre", "ogni", "tutti", "tutte", "sempre", "desde",
    ]);

    // Object pronouns of the speaker right after a sentence's opening verb make it an imperative that asks the
    // business to do something for them ("zet me maar in", "doe mij maar", "mettez-moi", "schreibt mich ein",
    // "put us down", "apunta me"); a subject pronoun first ("je me demande", "ik mij") makes it a statement.
    private static readonly WordSet SpeakerObjects = new(["me", "mij", "mich", "mir", "moi", "nous", "ons", "uns", "us", "nos", "mi", "ci"]);

    private static readonly WordSet SubjectPronouns = new(
    [
        "i", "we", "they", "he", "she", "it", "you", "je", "tu", "il", "elle", "on", "ils", "elles", "ik", "wij", "we", "ze", "hij", "zij",
        "ich", "wir", "er", "sie", "es", "du", "yo", "eu", "io", "noi", "nosotros", "ele", "ela", "lui", "lei", "se", "si", "ne", "no",
        "non", "nao", "que", "che", "qui", "wie", "who", "quem", "chi", "quien", "this", "that", "dat", "das", "ca", "cela",
    ]);

    // Round 6. Families whose cue is a verb of an act (come back, order, book, call, plan): a negator right after it,
    // in the same clause, negates it in the verb-second and "ne … pas" languages ("je reviendrai pas", "je commande
    // plus chez vous", "ik kom niet meer", "ik boek nooit meer", "ich bestelle nicht mehr").
    private static readonly string[] PostNegatable = ["future-visit", "purchase-ask", "booking-ask", "sign-up", "need-plan", "tag-plan", "contact-ask", "callback-promise"];

    // Negators that follow the verb they negate.
    private static readonly WordSet PostNegators = new(["pas", "plus", "jamais", "niet", "nooit", "geen", "nicht", "nie", "nimmer", "ned", "nid", "nod"]);

    // Words that may stand between the verb and its post-verbal negator ("ik kom hier niet meer", "je reviendrai
    // certainement pas", "ich komme sicher nicht mehr", "je n'y commande plus").
    private static readonly WordSet NegationFillers = new(
    [
        "zeker", "echt", "hier", "daar", "er", "ook", "gewoon", "dus", "sicher", "bestimmt", "dort", "auch", "einfach", "also", "da",
        "certainement", "surement", "vraiment", "ici", "y", "en", "donc", "bien", "jamais",
    ]);

    // "plus" after a verb means "more" before these ("je commande plus souvent", "plus de 10", "je réserve plus tard").
    private static readonly WordSet PlusComparative = new(
    [
        "de", "d", "que", "qu", "tard", "tot", "vite", "souvent", "cher", "chere", "grand", "grande", "petit", "petite", "loin", "pres",
        "rapidement", "facilement", "un", "une", "des", "le", "les", "du",
    ]);

    // Italian enclitic speaker objects on an imperative ("segnami", "prenotatemi", "chiamaci", "scrivetemi").
    private static readonly string[] ItalianEnclitics = ["ami", "imi", "emi", "aci", "ici", "eci"];

    // Spanish imperatives with an enclitic me/nos ("resérvame", "apúntame", "llámanos") are written with an accent;
    // written without it, the verb stem must be one of the request verbs (book, note down, call, send, write…).
    private static readonly string[] SpanishEncliticStems =
    [
        "reserv", "apunt", "anot", "agend", "llam", "mand", "escrib", "avis", "confirm", "inscrib", "contact", "guard", "apart", "pas",
        "marc", "ech", "pon", "dej", "cont", "explic",
    ];

    // "book for me", "marca pra mim", "prenota per me", "réserve pour moi", "boek voor mij", "buch für mich".
    private static readonly WordSet BenefactivePrepositions = new(["for", "pra", "para", "per", "pour", "voor", "fur"]);
    private static readonly WordSet BenefactiveObjects = new(["me", "mim", "mi", "moi", "mij", "mich", "us", "nos", "nous", "ons", "uns", "noi"]);

    // Verbs of social-media self-promotion ("follow me", "check my page", "sígueme", "volg ons", "abonniert meinen Kanal").
    private static readonly WordSet PromotionVerbs = new(
    [
        "follow", "check", "visit", "click", "tap", "subscribe", "join", "sigueme", "siguenos", "sigan", "segue", "siga", "segueme", "sigam",
        "folgt", "folge", "volg", "volgt", "suivez", "suis", "abonniert", "abonniere", "abonneer", "abonnez", "iscriviti", "seguimi",
        "seguiteci", "seguite", "seguici", "unete", "inscreva", "inscrevase", "schau", "schaut", "kijk", "regarde", "mira", "guarda", "olha",
        "confira", "visita", "visitez", "besucht", "bezoek",
    ]);

    private static readonly WordSet SpeakerPossessives = new(
    [
        "my", "our", "mi", "mis", "meu", "minha", "nosso", "nossa", "mein", "meine", "meinem", "meinen", "meiner", "unser", "unsere",
        "unserem", "unseren", "mon", "ma", "mes", "notre", "nos", "mijn", "onze", "mio", "mia", "nostro", "nostra", "nuestro", "nuestra",
    ]);

    private static readonly WordSet PageNouns = new(
    [
        "page", "pages", "profile", "bio", "channel", "account", "feed", "link", "links", "perfil", "canal", "kanal", "profil", "profiel",
        "kanaal", "chaine", "pagina", "seite", "compte", "conta", "cuenta", "insta", "ig", "youtube", "tiktok", "shop", "store", "posts",
    ]);

    // A speaker presenting their firm and what it supplies ("Wir sind Großhändler … und bieten …", "siamo un mulino e
    // forniamo …", "wij zijn een schoonmaakbedrijf en leveren …", "nous fabriquons …", "ofrecemos …"): stems of verbs
    // of supply, in a first-person-plural form (ending or a "we" subject before it in the sentence).
    private static readonly WordSet SupplyStems = new(
    [
        "offr", "ofrec", "oferec", "fornisc", "forniam", "fornec", "fourniss", "propos", "vend", "distribu", "fabric", "produc", "produz",
        "produziam", "livr", "lever", "bied", "biet", "liefer", "verkauf", "verkop", "supply", "provid", "sell", "manufactur", "entreg",
        "consegn", "herstell", "vertreib", "gestion", "gerimo",
    ]);

    // "if your import brings …", "si votre offre …", "wenn euer Tarif …": a condition on what the business has.
    private static readonly WordSet SecondPersonPossessives = new(["your", "yours", "ur", "votre", "vos", "euer", "eure", "eurem", "euren", "vostro", "vostra", "vostri", "vostre", "jullie", "uw"]);

    private static readonly WordSet WeSubjects = new(["we", "wij", "wir", "nous", "noi", "nosotros"]);

    // Number words for an elliptic price question ("and for two?", "y para tres?", "und für vier?").
    private static readonly WordSet NumberWords = new(
    [
        "one", "two", "three", "four", "five", "six", "ten", "dos", "tres", "cuatro", "cinco", "seis", "diez", "zwei", "drei", "vier", "funf",
        "sechs", "zehn", "deux", "trois", "quatre", "cinq", "dix", "due", "tre", "quattro", "cinque", "sei", "dieci", "dois", "duas", "quatro",
        "twee", "drie", "vijf", "zes", "tien", "uno", "una", "un", "une", "um", "uma", "een", "ein", "eine", "dozen", "dozijn", "dutzend",
        "douzaine", "docena", "duzia", "dozzina", "pair", "pairs", "set",
    ]);

    private static readonly WordSet EllipsisConjunctions = new(["and", "y", "e", "et", "und", "en", "o", "or", "ou", "oder", "of"]);

    // Words that make a short numeric question something else than a price ask.
    // Round 7. Auxiliaries of the pluperfect ("I had asked for a quote", "j'avais demandé un devis", "les había pedido
    // presupuesto"): an ask told as something done before, not made now.
    private static readonly WordSet PluperfectAuxiliaries = new(
    [
        "had", "avais", "avait", "avions", "aviez", "avaient", "habia", "habiamos", "habian",
        "avevo", "aveva", "avevamo", "avevano", "tinha", "tinhamos", "tinham", "hadden",
    ]);

    // "already" in the seven languages; before a verb in a past form ("ya reservé", "déjà commandé", "já encomendei",
    // "already booked", "schon gebucht", "al besteld", "già prenotato") the act is done, not asked for.
    private static readonly WordSet AlreadyWords = new(["already", "ya", "deja", "ja", "schon", "bereits", "al", "gia"]);

    // Clitics that may stand between "already" and the verb ("ya me anoté", "ja te mandei").
    private static readonly WordSet PastClitics = new(["me", "nos", "te", "lo", "la", "le", "les", "se", "mi", "ci", "l"]);

    // Verbs of intention, need or wish. A negator before one ("non mi serve un preventivo", "não estou a pensar mudar
    // de …", "I don't really need a quote") negates what is intended, however far in the clause it comes.
    private static readonly WordSet IntentionStems = new(
    [
        "need", "want", "plan", "think", "intend", "look", "serv", "precis", "pensa", "pensando", "necesit", "brauch",
        "nodig", "besoin", "interes", "bisogn", "vorhab", "plann", "quier", "quer", "volev", "voglio", "veux", "voulai",
        "will", "wil", "mocht", "zoek", "such", "cerc", "busc", "procur", "cherch",
    ]);

    // Greetings and interjections that may come before a question word ("q onda cuánto me cobran …", "hola cuánto
    // sale", "hey what time …", "ciao quanto costa").
    private static readonly WordSet Greetings = new(
    [
        "hi", "hey", "hello", "hola", "buenas", "buenos", "que", "q", "onda", "oye", "bonjour", "salut", "coucou", "allo",
        "ciao", "salve", "oi", "ola", "olá", "hallo", "moin", "servus", "hoi", "hey", "yo", "ok", "okay", "so",
    ]);

    // English yes/no questions written without "?": a copula and a determiner or "there" open it ("is the blue one still
    // in stock in a 12", "are there any slots …"). "comment on/je/vous …" opens a French how-question.
    private static readonly WordSet CopulaOpeners = new(["is", "are", "isnt", "arent"]);
    private static readonly WordSet CopulaSubjects = new(["the", "this", "that", "it", "there", "these", "those", "your", "ur"]);
    private static readonly WordSet CommentSubjects = new(["on", "je", "vous", "faire", "fait", "ca", "peut", "doit", "j"]);

    // Sentence-opening politeness words that make the sentence a request ("Graag ook een offerte voor …", "Gerne auch
    // ein Angebot für …").
    private static readonly WordSet PoliteOpeners = new(["graag", "gerne", "gern"]);

    // Purpose markers ("… un mail pour bloquer les dates", "vi scrivo per bloccare …", "om te boeken", "um zu buchen"):
    // the act after them is what the speaker means to do.
    private static readonly WordSet PurposeMarkers = new(["pour", "para", "pra", "per", "om", "um", "afin", "zu", "te"]);

    // Verbs of a failed or abandoned attempt ("quise encargar … pero", "I tried to book but", "tentei encomendar"): the
    // act after them was not done and is not being asked for now.
    private static readonly WordSet FailedAttempt = new(["quise", "quisimos", "quis", "quisemos", "tried", "intente", "tentei", "tentamos", "probeerde", "probeerden", "versuchte", "versuchten", "provato", "essaye"]);

    // Past auxiliaries of a question about what the business did ("how did you measure …", "what did you name …").
    private static readonly WordSet PastQuestionAuxiliaries = new(["did", "have", "has", "had"]);

    private static readonly WordSet NotPriceQuestionWords = new(["who", "why", "wer", "warum", "qui", "pourquoi", "quien", "chi", "perche", "quem", "wie", "waarom", "when", "anyone", "else"]);

    private const int StackLimit = 256;
    private const int NegationWindow = 3;
    private const int BookingWindow = 5;
    private const int LongTextWords = 45;

    private readonly CueLexicon _lexicon;
    private readonly int _negator;
    private readonly int _clauseNegator;
    private readonly bool[] _askContent;
    private readonly bool[] _frame;
    private readonly bool[] _seller;
    private readonly bool[] _sellerMuted;
    private readonly bool[] _bookingFrame;
    private readonly bool[] _bookingWord;
    private readonly int _past;
    private readonly int _futureVisit;
    private readonly int _callbackPromise;
    private readonly int _bookingAsk;
    private readonly int _praise;
    private readonly int _contactAsk;
    private readonly int _statedPast;
    private readonly int _bookingRequest;
    private readonly int _statedOnly;
    private readonly int _complaint;
    private readonly bool[] _request;
    private readonly bool[] _negatable;
    private readonly int _question;
    private readonly int _emojiOnly;
    private readonly int _reviewLow;
    private readonly int _reviewMid;
    private readonly int _reviewHigh;
    private readonly int _mention;
    private readonly int _reply;
    private readonly int _complaintRequest;
    private readonly int _friendTag;
    private readonly int _multiTag;
    private readonly int _negated;
    private readonly int _longText;
    private readonly int _vocabulary;
    private readonly int _vocabularyQuestion;
    private readonly int _addressedQuestion;
    private readonly int _availabilityQuestion;
    private readonly int _conditionalOffer;
    private readonly int _currentProvider;
    private readonly int _switching;
    private readonly int _purchaseAsk;
    private readonly int _imperativeRequest;
    private readonly int _bookingNoun;
    private readonly int _questionOpener;
    private readonly bool[] _postNegatable;
    private readonly int _timing;
    private readonly int _priceShape;
    private readonly int _selfPromotion;
    private readonly int _sellerIntro;
    private readonly int _seekingReplacement;
    private readonly int _returnBooked;
    private readonly int _needPlan;
    private readonly bool[] _otherAct;
    private readonly int _memory;
    private readonly int _priceWord;
    private readonly int _requestCue;
    private readonly int _resolved;
    private readonly int _curiosity;
    private readonly int _tagPlan;
    private readonly int _availabilityAsk;
    private readonly bool[] _positive;
    private readonly bool[] _negative;
    private readonly bool[] _doneAct;
    private readonly bool[] _ownIntentAsk;
    private readonly bool[] _switchAsk;
    private readonly int _refusal;
    private readonly int _signUp;
    private readonly int _priceAsk;
    private readonly int _howMuch;

    public FeatureExtractor(CueLexicon lexicon)
    {
        _lexicon = lexicon;
        var families = lexicon.Families;
        _negator = IndexOf(families, "negator");
        _clauseNegator = IndexOf(families, "clause-negator");
        _askContent = Flags(families, AskContent);
        _frame = Flags(families, Frames);
        _seller = Flags(families, Sellers);
        _sellerMuted = Flags(families, SellerMuted);
        _bookingFrame = Flags(families, BookingFrames);
        _bookingWord = Flags(families, BookingWords);
        _past = IndexOf(families, "past");
        _futureVisit = IndexOf(families, "future-visit");
        _callbackPromise = IndexOf(families, "callback-promise");
        _bookingAsk = IndexOf(families, "booking-ask");
        _praise = IndexOf(families, "praise");
        _contactAsk = IndexOf(families, "contact-ask");
        _complaint = IndexOf(families, "complaint");
        _request = new bool[families.Count];
        _request[IndexOf(families, "recovery")] = true;
        _request[IndexOf(families, "contact-ask")] = true;
        _request[IndexOf(families, "deal-ask")] = true;
        _negatable = [.. families.Select(f => f.Sign == CueSign.Positive)];
        _postNegatable = Flags(families, PostNegatable);
        _timing = IndexOf(families, "timing");
        _needPlan = IndexOf(families, "need-plan");
        _memory = IndexOf(families, "memory");
        _priceWord = IndexOf(families, "price-word");
        _requestCue = IndexOf(families, "request");
        _resolved = IndexOf(families, "resolved");
        _curiosity = IndexOf(families, "curiosity");
        _tagPlan = IndexOf(families, "tag-plan");
        _availabilityAsk = IndexOf(families, "availability-ask");
        _refusal = IndexOf(families, "refusal");
        _signUp = IndexOf(families, "sign-up");
        _priceAsk = IndexOf(families, "price-ask");
        _howMuch = IndexOf(families, "how-much");
        _positive = [.. families.Select(f => f.Sign == CueSign.Positive)];
        _negative = [.. families.Select(f => f.Sign == CueSign.Negative)];
        _doneAct = Flags(families, ["price-ask", "booking-ask", "purchase-ask", "sign-up", "deal-ask", "booking-noun"]);
        _ownIntentAsk = Flags(families, ["price-ask", "how-much", "deal-ask", "availability-ask", "booking-ask", "booking-noun", "contact-ask", "contact-sent", "purchase-ask", "recovery", "switching", "tag-plan", "future-visit", "callback-promise", "complaint", "sign-up"]);
        _switchAsk = Flags(families, ["price-ask", "how-much", "deal-ask", "purchase-ask", "availability-ask", "booking-ask", "booking-noun"]);
        _otherAct = Flags(families, ["price-ask", "how-much", "contact-ask", "contact-sent", "purchase-ask", "recovery", "deal-ask"]);

        var features = new List<FeatureInfo>(families.Count + 16);
        foreach (var f in families)
        {
            features.Add(new FeatureInfo(f.Name, f.Sign, f.Intent, f.IntentRank, Trained: f.Index != _negator && f.Index != _clauseNegator));
        }

        features.AddRange(
        [
            new FeatureInfo(Question, CueSign.Free, LeadIntent.None),
            new FeatureInfo(EmojiOnly, CueSign.Negative, LeadIntent.None),
            new FeatureInfo(ReviewLow, CueSign.Free, LeadIntent.None),
            new FeatureInfo(ReviewMid, CueSign.Free, LeadIntent.None),
            new FeatureInfo(ReviewHigh, CueSign.Free, LeadIntent.None),
            new FeatureInfo(Mention, CueSign.Free, LeadIntent.None),
            new FeatureInfo(Reply, CueSign.Free, LeadIntent.None),
            new FeatureInfo(ComplaintRequest, CueSign.Positive, LeadIntent.ServiceRecovery, IntentRank: 10),
            new FeatureInfo(FriendTag, CueSign.Negative, LeadIntent.None),
            new FeatureInfo(MultiTag, CueSign.Negative, LeadIntent.None),
            new FeatureInfo(Negated, CueSign.Negative, LeadIntent.None),
            new FeatureInfo(LongText, CueSign.Free, LeadIntent.None),
            new FeatureInfo(Vocabulary, CueSign.Positive, LeadIntent.Purchase, IntentRank: 1, Trained: false),
            new FeatureInfo(VocabularyQuestion, CueSign.Positive, LeadIntent.Purchase, IntentRank: 1, Trained: false),
            new FeatureInfo(StatedOnly, CueSign.Free, LeadIntent.None),
            new FeatureInfo(StatedPast, CueSign.Negative, LeadIntent.None),
            new FeatureInfo(BookingRequest, CueSign.Positive, LeadIntent.Booking, IntentRank: 10),
            new FeatureInfo(AddressedQuestion, CueSign.Positive, LeadIntent.None),
            new FeatureInfo(AvailabilityQuestion, CueSign.Positive, LeadIntent.Availability, IntentRank: 8),
            new FeatureInfo(ConditionalOffer, CueSign.Positive, LeadIntent.None),
            new FeatureInfo(CurrentProvider, CueSign.Positive, LeadIntent.Switching, IntentRank: 9),
            new FeatureInfo(ImperativeRequest, CueSign.Positive, LeadIntent.None),
            new FeatureInfo(PriceShape, CueSign.Positive, LeadIntent.Price, IntentRank: 7),
            new FeatureInfo(SelfPromotion, CueSign.Negative, LeadIntent.None),
            new FeatureInfo(SellerIntro, CueSign.Negative, LeadIntent.None),
            new FeatureInfo(SeekingReplacement, CueSign.Positive, LeadIntent.Switching, IntentRank: 9),
            new FeatureInfo(ReturnBooked, CueSign.Positive, LeadIntent.Booking, IntentRank: 10),
        ]);
        Features = features;
        _question = IndexOf(Question);
        _emojiOnly = IndexOf(EmojiOnly);
        _reviewLow = IndexOf(ReviewLow);
        _reviewMid = IndexOf(ReviewMid);
        _reviewHigh = IndexOf(ReviewHigh);
        _mention = IndexOf(Mention);
        _reply = IndexOf(Reply);
        _complaintRequest = IndexOf(ComplaintRequest);
        _friendTag = IndexOf(FriendTag);
        _multiTag = IndexOf(MultiTag);
        _negated = IndexOf(Negated);
        _longText = IndexOf(LongText);
        _vocabulary = IndexOf(Vocabulary);
        _vocabularyQuestion = IndexOf(VocabularyQuestion);
        _statedOnly = IndexOf(StatedOnly);
        _statedPast = IndexOf(StatedPast);
        _bookingRequest = IndexOf(BookingRequest);
        _addressedQuestion = IndexOf(AddressedQuestion);
        _availabilityQuestion = IndexOf(AvailabilityQuestion);
        _conditionalOffer = IndexOf(ConditionalOffer);
        _currentProvider = IndexOf(CurrentProvider);
        _switching = IndexOf(families, "switching");
        _purchaseAsk = IndexOf(families, "purchase-ask");
        _questionOpener = IndexOf(families, "question-opener");
        _bookingNoun = IndexOf(families, "booking-noun");
        _imperativeRequest = IndexOf(ImperativeRequest);
        _priceShape = IndexOf(PriceShape);
        _selfPromotion = IndexOf(SelfPromotion);
        _sellerIntro = IndexOf(SellerIntro);
        _seekingReplacement = IndexOf(SeekingReplacement);
        _returnBooked = IndexOf(ReturnBooked);
    }

    public IReadOnlyList<FeatureInfo> Features { get; }

    /// <summary>
    /// Weights of features the data cannot train (the dev set has no team vocabulary), set by hand: a team word
    /// alone is not a lead, a question about it ("balayage?") is.
    /// </summary>
    public static double FixedWeight(string feature) => feature switch
    {
        Vocabulary => 1.2,
        VocabularyQuestion => 1.6,
        _ => 0,
    };

    /// <summary>
    /// The starting weight (log-odds) of a feature toward an intent, before any data: a cue family votes for
    /// its own intent, the more specific (higher rank) the more strongly; nothing else votes. Training moves
    /// the intent weights away from these only as far as the labeled leads show.
    /// </summary>
    public static double IntentPrior(FeatureInfo feature, LeadIntent intent) =>
        feature.Intent == intent && intent != LeadIntent.None && feature.Sign != CueSign.Negative
            ? 1 + (0.3 * feature.IntentRank)
            : 0;

    /// <summary>The starting intent bias: a lead with no intent cue is most often someone who wants to buy.</summary>
    public static double IntentBiasPrior(LeadIntent intent) => intent == LeadIntent.Purchase ? 0.5 : 0;

    public int IndexOf(string feature)
    {
        for (var i = 0; i < Features.Count; i++)
        {
            if (Features[i].Name == feature)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Fills <paramref name="features"/> (one entry per feature) for the request.</summary>
    public void Extract(ScoringRequest request, IReadOnlyList<string>? vocabulary, Span<FeatureSpan> features)
    {
        var (tokenCount, normCount) = ScannedText.StackSizes(request.Text.Length, StackLimit);
        using var scanned = new ScannedText(request.Text, stackalloc Token[tokenCount], stackalloc char[normCount]);
        Extract(request, vocabulary, features, scanned.Tokens, scanned.Norm);
    }

    /// <summary>
    /// Sets <paramref name="features"/> for a text already scanned by <see cref="TextScanner.Scan"/> into
    /// <paramref name="tokens"/> and <paramref name="norm"/> (the scorer scans once for the cues and the word grams).
    /// </summary>
    internal void Extract(ScoringRequest request, IReadOnlyList<string>? vocabulary, Span<FeatureSpan> features, ReadOnlySpan<Token> tokens, ReadOnlySpan<char> norm)
    {
        features.Clear();
        var text = request.Text.AsSpan();
        var count = tokens.Length;
        int[]? rentedTerms = null;
        byte[]? rentedCounts = null;
        CueHit[]? rentedHits = null;
        try
        {
            var termLength = count * CueLexicon.MaxTermsPerToken;
            var terms = termLength <= StackLimit * 4 ? stackalloc int[termLength] : (rentedTerms = ArrayPool<int>.Shared.Rent(termLength));
            var termCounts = count <= StackLimit ? stackalloc byte[count] : (rentedCounts = ArrayPool<byte>.Shared.Rent(count));
            var hitLength = (count * 2) + 8;
            var hits = hitLength <= StackLimit * 2 ? stackalloc CueHit[hitLength] : (rentedHits = ArrayPool<CueHit>.Shared.Rent(hitLength));
            var hitCount = _lexicon.Match(norm, tokens, terms, termCounts, hits);
            hits = hits[..hitCount];

            var promotion = FindSelfPromotion(tokens, text, norm, out var promoFirst, out var promoLast);
            var sellerIntro = FindSellerIntro(tokens, text, norm, out var sellerFirst, out var sellerLast);
            AddCues(tokens, text, norm, hits, features, promotion || sellerIntro, out var requestHit, out var complaint, out var doneBooking);
            if (sellerIntro)
            {
                // "Wir sind Großhändler und liefern …", "forniamo divise …": what follows describes the seller's offer.
                Set(features, _sellerIntro, tokens, sellerFirst, sellerLast);
            }

            AddContext(request, tokens, features);
            if (promotion)
            {
                // "Follow me for daily tips", "check my page 👉", "sígueme y te sigo": the speaker promotes themselves.
                Set(features, _selfPromotion, tokens, promoFirst, promoLast);
            }
            else if (!SellerIn(hits) && !sellerIntro)
            {
                AddQuestionGrammar(tokens, request.Text, norm, features);
                AddOfferGrammar(tokens, text, norm, features);
                AddPriceShape(tokens, text, norm, features);
            }

            if (features[_question].On && OnlyPastQuestions(tokens, text, norm))
            {
                // "How did you measure the downtime reduction?": curiosity about the business's work, not an ask.
                features[_question] = default;
                features[_addressedQuestion] = default;
            }

            // A question addressed to the business about a day or time, with no other ask in it ("tienen tortas sin
            // gluten para este sábado?", "venite anche oggi pomeriggio?", "could you fit me in Thursday?"): whether it
            // can be had then is a question of availability, not a purchase by default.
            if (features[_question].On && features[_timing].On && !features[_availabilityQuestion].On
                && features[_addressedQuestion].On && !AnyOwnIntentAsk(features) && !AsksForTheSpeaker(tokens, norm))
            {
                features[_availabilityQuestion] = features[_timing];
            }

            // A memory in the same text ("do you still have the old clock? when I was a kid…", "la maestra sigue por
            // aquí? me dio clase"): the question about what is "still" there is asked for old times' sake.
            if (features[_memory].On)
            {
                features[_availabilityQuestion] = default;
                features[_addressedQuestion] = default;
            }

            // A customer who names what they are leaving and looks for (or would take) a replacement ("our current
            // cleaner isn't being renewed, we're looking for …", "wir suchen einen neuen Dienstleister, der aktuelle …").
            // Round 9: so does one who tells what they are leaving, then asks the business ("the dealer wants 900, done
            // with them. How much would you do it for?", "estoy harto, ¿cuánto cuesta con ustedes?"): the ask after
            // the story is the move, whatever it asks.
            if (features[_switching].On && (features[_needPlan].On || features[_conditionalOffer].On
                || (features[_question].On && (features[_availabilityAsk].On || features[_availabilityQuestion].On))
                || (features[_question].On && AskAfter(features, features[_switching].Start))))
            {
                features[_seekingReplacement] = features[_switching];
            }

            // "still" inside a complaint ("ainda não montaram", "still not fixed") is the complaint's time, not a
            // question about what is still available.
            if (features[_availabilityQuestion].On && features[_complaint].On
                && features[_availabilityQuestion].Start >= features[_complaint].Start
                && features[_availabilityQuestion].Start < features[_complaint].Start + features[_complaint].Length)
            {
                features[_availabilityQuestion] = default;
            }

            // A friend tagged beside a booking word ("@ana lo reservamos??", "@tom shall we sign up?"): a plan to book.
            if ((features[_friendTag].On || features[_multiTag].On) && !features[_bookingRequest].On)
            {
                foreach (var hit in hits)
                {
                    if (hit.Family == _bookingAsk && features[_bookingAsk].On && !SellerIn(hits))
                    {
                        // A plan with a friend is a request, not a statement.
                        Set(features, _bookingRequest, tokens, hit.First, hit.Last);
                        features[_statedOnly] = default;
                        features[_statedPast] = default;
                        break;
                    }
                }
            }

            // Round 9: a return or a next job promised with a time ("we'll have you back in spring for the roof", "vi
            // richiameremo a settembre", "voltamos em julho"): a concrete plan, which the labelling rules count as a
            // booking, not a vague "would come again".
            if ((features[_futureVisit].On || features[_callbackPromise].On) && features[_timing].On
                && !features[_bookingRequest].On && !features[_past].On && !features[_negated].On)
            {
                features[_bookingRequest] = features[_futureVisit].On ? features[_futureVisit] : features[_callbackPromise];
            }

            // Round 10: a booking told as already made for a time to come, by a reviewer (who has been and has booked
            // the next visit: "on a déjà réservé pour Pâques", "ho già prenotato per settembre") or with a word of
            // return ("already booked again for May", "já reservamos de novo"): a concrete plan with the business,
            // which the labelling rules count as a booking. A bare "déjà réservé pour samedi" in a comment stays told.
            if (doneBooking >= 0 && !features[_bookingRequest].On && !features[_negated].On && !SellerIn(hits))
            {
                var done = hits[doneBooking];
                var again = ReturnWordIn(tokens, norm, ReturnWords);
                var review = request.Kind == EngagementKind.Review;
                var planned = features[_timing].On && features[_timing].Start >= tokens[done.First].Start;
                // In a review, "next" names the next visit ("already booked his next cut"), not a day.
                if ((planned || again || (review && ReturnWordIn(tokens, norm, NextWords))) && (review || (again && planned)))
                {
                    Set(features, _returnBooked, tokens, done.First, done.Last);
                    features[_statedPast] = default;
                    features[_statedOnly] = default;

                    // The praise beside it is the reason for coming back, not praise without intent.
                    features[_praise] = default;
                }
            }

            // Round 10: a cancellation told before an ask or plan addressed to the business ("ho disdetto la palestra,
            // lunedì vengo a iscrivermi da voi", "je résilie dès que vous couvrez ma rue"): what was cancelled is the
            // other provider, and the ask after it is the move.
            if (features[_refusal].On && !features[_switching].On && !complaint
                && CancellationBeforeAsk(tokens, text, norm, hits, features))
            {
                features[_seekingReplacement] = features[_refusal];
                features[_switching] = features[_refusal];
                features[_refusal] = default;
            }

            // A request to fix, refund or call back, made by someone who complains: a door left open. A conditional
            // offer from a complaining customer ("if you send the missing part I'll update my review") is one too,
            // unless it names a provider they would leave (then it is switching).
            // So is an ask addressed to the business ("nog steeds niks gehoord, kunnen jullie even kijken", "still
            // waiting on the refund — can you check?") or an imperative for the speaker ("envoyez-moi un technicien").
            var complaining = complaint || request is { Kind: EngagementKind.Review, Rating: <= 2 };
            if (requestHit < 0 && complaining && !features[_currentProvider].On && !features[_switching].On)
            {
                foreach (var ask in (ReadOnlySpan<int>)[_conditionalOffer, _imperativeRequest, _addressedQuestion, _questionOpener])
                {
                    if (features[ask].On)
                    {
                        features[_complaintRequest] = features[ask];
                        break;
                    }
                }
            }

            if (requestHit >= 0 && complaining)
            {
                Set(features, _complaintRequest, tokens, hits[requestHit].First, hits[requestHit].Last);

                // "Someone answer me", "call me back" from a customer who complains asks for the problem to be put
                // right: the request counts as that (service recovery), not as a plain contact request.
                if (hits[requestHit].Family == _contactAsk && !HasOtherHit(hits, _contactAsk, requestHit))
                {
                    features[_contactAsk] = default;
                }
            }

            if (vocabulary is { Count: > 0 })
            {
                AddVocabulary(vocabulary, norm, tokens, features);
            }
        }
        finally
        {
            Return(rentedTerms);
            Return(rentedCounts);
            Return(rentedHits);
        }
    }

    /// <summary>True when a praise phrase shares a word with <paramref name="hit"/> ("best price in town", "miglior prezzo della zona").</summary>
    private bool OverlapsPraise(ReadOnlySpan<CueHit> hits, CueHit hit)
    {
        foreach (var other in hits)
        {
            if (other.Family == _praise && other.First <= hit.Last && other.Last >= hit.First)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasOtherHit(ReadOnlySpan<CueHit> hits, int family, int except)
    {
        for (var h = 0; h < hits.Length; h++)
        {
            if (h != except && hits[h].Family == family)
            {
                return true;
            }
        }

        return false;
    }

    private bool SellerIn(ReadOnlySpan<CueHit> hits)
    {
        foreach (var hit in hits)
        {
            if (_seller[hit.Family])
            {
                return true;
            }
        }

        return false;
    }

    private static void Return<T>(T[]? rented)
    {
        if (rented is not null)
        {
            ArrayPool<T>.Shared.Return(rented);
        }
    }

    private static bool[] Flags(IReadOnlyList<CueFamily> families, string[] names)
    {
        var flags = new bool[families.Count];
        foreach (var name in names)
        {
            flags[IndexOf(families, name)] = true;
        }

        return flags;
    }

    private static int IndexOf(IReadOnlyList<CueFamily> families, string name) =>
        families.FirstOrDefault(f => f.Name == name)?.Index
        ?? throw new InvalidOperationException($"The cue lexicon has no '{name}' family.");

    private static void Set(Span<FeatureSpan> features, int index, ReadOnlySpan<Token> tokens, int first, int last)
    {
        ref var f = ref features[index];
        if (f.On)
        {
            return;
        }

        f.On = true;
        f.Start = tokens[first].Start;
        f.Length = tokens[last].Start + tokens[last].Length - f.Start;
    }

    private static void SetContext(Span<FeatureSpan> features, int index)
    {
        features[index].On = true;
    }

    private static bool IsClauseBreak(in Token token) => token.Kind == TokenKind.Punctuation;

    /// <summary>
    /// Sets the cue features. Three grammatical checks run on the hits first: a cue after a negator in the
    /// same clause ("not looking to buy", "niet dat ik er een ga kopen") counts as negated; when the speaker
    /// presents themselves as a seller or job seeker, the price, availability and product words describe
    /// their own offer and do not count; and when the words of a purchase appear only in statements (no
    /// question, request or plan anywhere: "the staff were so available", "they did our christening in May")
    /// the <see cref="StatedOnly"/> feature fires.
    /// </summary>
    private void AddCues(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> text, ReadOnlySpan<char> norm, ReadOnlySpan<CueHit> hits, Span<FeatureSpan> features, bool promotion, out int request, out bool complaint, out int doneBooking)
    {
        request = -1;
        complaint = false;
        doneBooking = -1;
        var seller = promotion;
        var framed = false;
        foreach (var hit in hits)
        {
            seller |= _seller[hit.Family];
            framed |= _frame[hit.Family];
        }

        if (!framed && PoliteOpener(tokens, text, norm) is var polite and >= 0)
        {
            // "Graag ook een offerte voor de dakkapel": the sentence asks.
            framed = true;
            Set(features, _requestCue, tokens, polite, polite);
        }

        // "Nicht dass ich kaufen will, aber …", "no es que vaya a comprar, pero …", "not that I want to book, but …":
        // intent disclaimed in so many words; what is asked after it is asked out of curiosity.
        var disclaimed = -1;
        foreach (var neg in hits)
        {
            foreach (var act in hits)
            {
                if (neg.Family == _clauseNegator && act.First > neg.Last && act.First - neg.Last <= 4
                    && (_postNegatable[act.Family] || act.Family == _purchaseAsk) && disclaimed < 0)
                {
                    Set(features, _curiosity, tokens, neg.First, act.Last);
                    disclaimed = act.Last;
                }
            }
        }

        var stated = -1;
        var asked = false;
        for (var h = 0; h < hits.Length; h++)
        {
            var hit = hits[h];
            if (disclaimed >= 0 && hit.First > disclaimed && _askContent[hit.Family])
            {
                continue;
            }

            if (hit.Family == _negator || hit.Family == _clauseNegator || (seller && _sellerMuted[hit.Family])
                || (_askContent[hit.Family] && OverlapsPraise(hits, hit)) || CoveredByOpposite(hits, hit))
            {
                continue;
            }

            if (_negative[hit.Family] && OverrunByAsk(hits, hit))
            {
                // "what's the best email to send …": the ask that runs on from the phrase decides.
                continue;
            }

            if (hit.Family == _needPlan && ThirdPersonNeed(tokens, norm, hit.First))
            {
                // "do locksmiths need a licence?": a need of someone else, asked about in general.
                continue;
            }

            if (hit.Family == _resolved && ConditionBefore(tokens, norm, hit.First))
            {
                // "si c'est réglé je reste", "if it gets sorted I'll stay": a condition, not a resolution.
                continue;
            }

            if (_doneAct[hit.Family] && DoneBefore(tokens, text, norm, hit))
            {
                // "j'avais demandé un devis en mars mais …", "ya reservé por la web", "already booked for Saturday":
                // the act is told as done, not asked for.
                Set(features, _statedPast, tokens, hit.First, hit.Last);
                if (doneBooking < 0 && (_bookingWord[hit.Family] || hit.Family == _signUp))
                {
                    doneBooking = h;
                }

                continue;
            }

            if (_negatable[hit.Family] && NegatorBefore(tokens, norm, hits, hit.First) is var negator and >= 0
                && !ContractedArticle(tokens, norm, negator, hit))
            {
                Set(features, _negated, tokens, negator, hit.Last);
                continue;
            }

            if (_postNegatable[hit.Family] && NegatorAfter(tokens, text, norm, hit.Last) is var postNegator and >= 0
                && !InQuestion(tokens, text, hit.First, hit.Last))
            {
                // "je reviendrai pas", "ik kom hier niet meer", "ich bestelle nicht mehr": negated after the verb.
                Set(features, _negated, tokens, hit.First, postNegator);
                continue;
            }

            if ((hit.Family == _purchaseAsk || hit.Family == _tagPlan) && ReportsBuying(tokens, text, norm, hit))
            {
                // "On a acheté le vin pour Noël", "I buy my bread here every morning": buying told, not asked for.
                Set(features, _statedPast, tokens, hit.First, hit.Last);
                continue;
            }

            Set(features, hit.Family, tokens, hit.First, hit.Last);
            complaint |= hit.Family == _complaint;
            if (_bookingWord[hit.Family] && BookingFrameNear(tokens, norm, hits, h, seller))
            {
                Set(features, _bookingRequest, tokens, hit.First, hit.Last);
            }

            if (_request[hit.Family] && request < 0)
            {
                request = h;
            }

            if (_askContent[hit.Family] && !framed && !asked)
            {
                if (InQuestion(tokens, text, hit.First, hit.Last) || AfterPurpose(tokens, norm, hit.First))
                {
                    // A question, or the purpose of something the speaker does ("je vous envoie un mail pour bloquer
                    // les dates"): asked.
                    asked = true;
                }
                else if (StartsWithQuestionWord(tokens, text, norm, hit.First))
                {
                    // A question about what is bought, written without its question mark, is still a question.
                    asked = true;
                    Set(features, _question, tokens, hit.First, hit.Last);
                }
                else if (stated < 0)
                {
                    stated = h;
                }
            }
        }

        if (stated >= 0 && !asked && !framed)
        {
            Set(features, _statedOnly, tokens, hits[stated].First, hits[stated].Last);

            // A past-tense statement about what was bought ("still got the table we ordered in 2012") asks nothing.
            foreach (var hit in hits)
            {
                if (hit.Family == _past)
                {
                    Set(features, _statedPast, tokens, hit.First, hit.Last);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// True when the booking word of hit <paramref name="h"/> is the object of a wish, request or plan: a frame
    /// hit that ends at most <see cref="BookingWindow"/> words before it, or starts right after it, in the same clause
    /// (a negated frame does not count, and nothing counts in a seller's mouth).
    /// </summary>
    private bool BookingFrameNear(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> norm, ReadOnlySpan<CueHit> hits, int h, bool seller)
    {
        if (seller)
        {
            return false;
        }

        var word = hits[h];
        foreach (var hit in hits)
        {
            if (!_bookingFrame[hit.Family])
            {
                continue;
            }

            int from, to;
            if (hit.First < word.First && word.First - hit.Last <= BookingWindow)
            {
                // Before it, or overlapping it ("quiero pedir" + "pedir turno").
                (from, to) = (hit.Last + 1, word.First);
            }
            else if (hit.First > word.Last && hit.First - word.Last <= 2)
            {
                (from, to) = (word.Last + 1, hit.First);
            }
            else
            {
                continue;
            }

            var broken = false;
            for (var t = from; t < to; t++)
            {
                broken |= IsClauseBreak(tokens[t]);
            }

            if (!broken && NegatorBefore(tokens, norm, hits, hit.First) < 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the sentence holding token <paramref name="first"/> opens with a question word ("what's the cheapest
    /// plan that …", "welke maat heb ik nodig"): a question written without its question mark.
    /// </summary>
    private static bool StartsWithQuestionWord(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> text, ReadOnlySpan<char> norm, int first)
    {
        var t = first;
        while (t > 0 && !(tokens[t - 1].Kind == TokenKind.Punctuation && text[tokens[t - 1].Start] is '?' or '.' or '!' or ';' or '…' or ':'))
        {
            t--;
        }

        while (t <= first && tokens[t].Kind != TokenKind.Word)
        {
            t++;
        }

        if (t > first)
        {
            return false;
        }

        // "q onda cuánto me cobran …", "hola cuánto sale …": greetings before the question word.
        var opener = t;
        while (t < first && tokens[t].Kind == TokenKind.Word && Greetings.Contains(Word(norm, tokens[t]))
               && !QuestionWords.Contains(Word(norm, tokens[t])))
        {
            t++;
            while (t < first && tokens[t].Kind == TokenKind.Punctuation && text[tokens[t].Start] == ',')
            {
                t++;
            }
        }

        if (tokens[t].Kind != TokenKind.Word)
        {
            t = opener;
        }

        if (OpensVerbFirstQuestion(tokens, norm, t, tokens.Length))
        {
            return true;
        }

        if (t + 1 < tokens.Length && tokens[t + 1].Kind == TokenKind.Word)
        {
            var head = Word(norm, tokens[t]);
            var next = Word(norm, tokens[t + 1]);
            if ((CopulaOpeners.Contains(head) && CopulaSubjects.Contains(next)) || head.SequenceEqual("any")
                || (head.SequenceEqual("comment") && CommentSubjects.Contains(next)
                    && !(next.SequenceEqual("on") && t + 2 < tokens.Length && Word(norm, tokens[t + 2]) is "this" or "the" or "my" or "our" or "your")))
            {
                return true;
            }
        }

        if (!QuestionWords.Contains(norm.Slice(tokens[t].NormStart, tokens[t].NormLength)))
        {
            return false;
        }

        return t + 1 >= tokens.Length || !Exclamative.Contains(norm.Slice(tokens[t + 1].NormStart, tokens[t + 1].NormLength));
    }

    /// <summary>True when a longer cue of the opposite sign covers <paramref name="hit"/>: the longer phrase decides
    /// ("just wanted to say" is a remark although "wanted" is a wish; "would love to" is a wish although "love" is praise).</summary>
    private bool CoveredByOpposite(ReadOnlySpan<CueHit> hits, CueHit hit)
    {
        if (!_positive[hit.Family] && !_negative[hit.Family])
        {
            return false;
        }

        foreach (var other in hits)
        {
            if (other.First <= hit.First && other.Last >= hit.Last && other.Last - other.First > hit.Last - hit.First
                && ((_positive[hit.Family] && _negative[other.Family]) || (_negative[hit.Family] && _positive[other.Family])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a conditional ("if", "si", "wenn", "als", "se") opens the clause before token <paramref name="first"/>.</summary>
    private static bool ConditionBefore(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> norm, int first)
    {
        for (var k = first - 1; k >= 0 && k >= first - 6 && !IsClauseBreak(tokens[k]); k--)
        {
            if (tokens[k].Kind == TokenKind.Word && Conditionals.Contains(Word(norm, tokens[k])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the act of <paramref name="hit"/> (not in a question) is told as done: a pluperfect auxiliary at most
    /// three words before it in the same clause ("j'avais demandé un devis", "I had asked for a quote"), or "already"
    /// right before it (clitics aside) when its verb is in a past form ("ya reservé", "déjà commandé", "already booked",
    /// "schon gebucht", "al besteld", "già prenotato", "já encomendei").
    /// </summary>
    private static bool DoneBefore(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> text, ReadOnlySpan<char> norm, CueHit hit)
    {
        if (InQuestion(tokens, text, hit.First, hit.Last))
        {
            return false;
        }

        // Round 10: the English past "booked" / "reserved" is told as done unless a passive or a request carries it
        // ("get us booked", "we're fully booked").
        if (Word(norm, tokens[hit.First]) is "booked" or "reserved"
            && (hit.First == 0 || tokens[hit.First - 1].Kind != TokenKind.Word
                || !PassiveBefore.Contains(Word(norm, tokens[hit.First - 1]))))
        {
            return true;
        }

        for (var k = hit.First - 1; k >= 0 && k >= hit.First - 4 && !IsClauseBreak(tokens[k]); k--)
        {
            if (tokens[k].Kind == TokenKind.Word && (PluperfectAuxiliaries.Contains(Word(norm, tokens[k])) || FailedAttempt.Contains(Word(norm, tokens[k]))))
            {
                return true;
            }
        }

        var a = hit.First - 1;
        while (a >= 0 && tokens[a].Kind == TokenKind.Word && PastClitics.Contains(Word(norm, tokens[a])))
        {
            a--;
        }

        // "schon/bereits/al … gebucht": a German or Dutch participle may come a few words after the adverb.
        if (a < 0 || tokens[a].Kind != TokenKind.Word || !AlreadyWords.Contains(Word(norm, tokens[a])))
        {
            return false;
        }

        var verb = text.Slice(tokens[hit.First].Start, tokens[hit.First].Length);
        var folded = Word(norm, tokens[hit.First]);
        return verb.EndsWith("é") || verb.EndsWith("ó") || verb.EndsWith("és") || verb.EndsWith("ée")
            || folded.EndsWith("ed") || folded.EndsWith("ato") || folded.EndsWith("ata") || folded.EndsWith("ito")
            || folded.EndsWith("ei") || folded.EndsWith("ou") || folded.EndsWith("amos")
            || (folded.StartsWith("ge") && (folded.EndsWith("t") || folded.EndsWith("d")));
    }

    private static readonly WordSet PassiveBefore = new(["get", "got", "gets", "getting", "be", "been", "being", "is", "are", "fully", "all", "us", "me"]);

    // Words of return beside a booking told as made ("again", "another", "wieder", "de novo"); not "next", which as
    // often names the day ("already booked for next Friday").
    private static readonly WordSet ReturnWords = new(
    [
        "again", "another", "wieder", "nochmal", "erneut", "weer", "opnieuw", "nuevo", "otra", "nouveau", "encore", "novo",
        "outra", "nuovo", "altra", "altro",
    ]);

    // Stems of verbs and nouns of cancelling a contract or membership in the seven languages.
    private static readonly WordSet CancelStems = new(
    [
        "cancel", "disdet", "disdic", "resili", "gekundig", "kundig", "opgezeg", "opzeg", "baja", "rescind",
    ]);

    private static readonly WordSet NextWords = new(
    [
        "next", "nachste", "nachsten", "nachstes", "volgende", "proxima", "proximo", "prochaine", "prochain", "prossima", "prossimo",
    ]);

    private static bool ReturnWordIn(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> norm, WordSet words)
    {
        foreach (var t in tokens)
        {
            if (t.Kind == TokenKind.Word && words.Contains(Word(norm, t)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a refusal hit names a cancellation (a cancelling verb) and, after it, the text asks or plans with the
    /// business: a sign-up, a visit, a booking or purchase ask, or a question or condition addressed to it.
    /// </summary>
    private bool CancellationBeforeAsk(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> text, ReadOnlySpan<char> norm, ReadOnlySpan<CueHit> hits, ReadOnlySpan<FeatureSpan> features)
    {
        foreach (var hit in hits)
        {
            if (hit.Family != _refusal)
            {
                continue;
            }

            var cancels = false;
            for (var k = hit.First; k <= hit.Last && !cancels; k++)
            {
                if (tokens[k].Kind != TokenKind.Word)
                {
                    continue;
                }

                cancels |= CancelStems.StemLength(Word(norm, tokens[k])) > 0;
            }

            if (!cancels)
            {
                continue;
            }

            var after = tokens[hit.Last].Start + tokens[hit.Last].Length;
            foreach (var ask in (ReadOnlySpan<int>)[_signUp, _futureVisit, _bookingAsk, _purchaseAsk, _priceAsk, _howMuch, _addressedQuestion, _conditionalOffer, _questionOpener, _availabilityAsk, _availabilityQuestion])
            {
                if (features[ask].On && features[ask].Start >= after)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly WordSet WishWords = new(
    [
        "want", "wanna", "wil", "wilde", "will", "mochte", "quiero", "queria", "quero", "voglio", "vorrei", "veux",
        "voudrais", "would", "graag", "gerne", "gern", "like", "gostaria", "gustaria", "aimerais",
    ]);

    private static bool IsWish(ReadOnlySpan<char> word) => WishWords.Contains(word);

    /// <summary>The first politeness word that opens a sentence ("Graag ook …", "Gerne auch …"), or -1.</summary>
    private static int PoliteOpener(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> text, ReadOnlySpan<char> norm)
    {
        for (var t = 0; t < tokens.Length; t++)
        {
            if (tokens[t].Kind == TokenKind.Word && PoliteOpeners.Contains(Word(norm, tokens[t])) && OpensSentence(tokens, text, norm, t))
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>True when a purpose marker stands right before token <paramref name="first"/> ("pour bloquer", "om te
    /// boeken", "per bloccare").</summary>
    private static bool AfterPurpose(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> norm, int first)
    {
        var k = first - 1;
        if (k >= 0 && tokens[k].Kind == TokenKind.Word && Word(norm, tokens[k]) is "te" or "zu")
        {
            k--;
        }

        return k >= 0 && tokens[k].Kind == TokenKind.Word && PurposeMarkers.Contains(Word(norm, tokens[k]))
            && Word(norm, tokens[k]) is not ("te" or "zu")
            && first + 1 < tokens.Length && tokens[first].Kind == TokenKind.Word && LooksInfinitive(Word(norm, tokens[first]));
    }

    private static bool LooksInfinitive(ReadOnlySpan<char> w) =>
        w.EndsWith("er") || w.EndsWith("ar") || w.EndsWith("ir") || w.EndsWith("re") || w.EndsWith("en") || w.EndsWith("or");

    /// <summary>True when a negative cue is partly overlapped by a positive ask that runs on past its end ("what's the
    /// best" + "best email").</summary>
    private bool OverrunByAsk(ReadOnlySpan<CueHit> hits, CueHit hit)
    {
        foreach (var other in hits)
        {
            if (_ownIntentAsk[other.Family] && _positive[other.Family] && other.First > hit.First && other.First <= hit.Last && other.Last > hit.Last)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when "do/does" and a subject that is not the speaker or the business come right before a need
    /// ("do locksmiths need …", "does a dog need …").</summary>
    private static bool ThirdPersonNeed(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> norm, int first)
    {
        for (var k = first - 1; k >= 0 && k >= first - 3; k--)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }

            var w = Word(norm, tokens[k]);
            if (w is "do" or "does")
            {
                return k < first - 1;
            }

            if (SubjectPronouns.Contains(w) || SecondPerson.Contains(w) || w is "i" or "we" or "u" or "ya")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// True when every question in the text asks what the business did ("how did you measure the reduction?", "what did
    /// you name the giraffe?"): a question word, a past auxiliary and "you", not "have you got".
    /// </summary>
    private static bool OnlyPastQuestions(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> text, ReadOnlySpan<char> norm)
    {
        var found = false;
        var start = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            if (tokens[t].Kind != TokenKind.Punctuation || text[tokens[t].Start] is not ('?' or '.' or '!'))
            {
                continue;
            }

            if (text[tokens[t].Start] == '?')
            {
                var w = start;
                while (w < t && tokens[w].Kind != TokenKind.Word)
                {
                    w++;
                }

                if (w + 2 >= t || !QuestionWords.Contains(Word(norm, tokens[w])) || !PastQuestionAuxiliaries.Contains(Word(norm, tokens[w + 1]))
                    || Word(norm, tokens[w + 2]) is not ("you" or "u" or "ya" or "they") || (w + 3 < t && Word(norm, tokens[w + 3]) is "got"))
                {
                    return false;
                }

                found = true;
            }

            start = t + 1;
        }

        return found;
    }

    private static bool IsIntention(ReadOnlySpan<char> word) => IntentionStems.StemLength(word) > 0;

    /// <summary>
    /// True when word <paramref name="i"/> is the first word of its sentence, after any handles and one greeting
    /// or interjection word followed by a comma ("@Studio zet me maar in", "ok, doe mij maar twee").
    /// </summary>
    private static bool OpensSentence(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> text, ReadOnlySpan<char> norm, int i)
    {
        var k = i - 1;
        while (k >= 0 && tokens[k].Kind is TokenKind.Handle or TokenKind.Emoji)
        {
            k--;
        }

        if (k < 0)
        {
            return true;
        }

        if (tokens[k].Kind != TokenKind.Punctuation)
        {
            return false;
        }

        var mark = text[tokens[k].Start];
        if (mark is '.' or '!' or '?' or '\n' or ';')
        {
            return true;
        }

        // "ok, …", "allez, …", "hola, …": one word before a comma opens the sentence too.
        return mark == ',' && k == 1 && tokens[0].Kind == TokenKind.Word;
    }

    /// <summary>True when a second-person pronoun is followed by the speaker as object ("könnt ihr mir …", "can you get
    /// me …", "pouvez-vous me …"): the business is asked to do something for the speaker, which is more than a slot.</summary>
    private static bool AsksForTheSpeaker(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> norm)
    {
        for (var t = 0; t + 1 < tokens.Length; t++)
        {
            if (tokens[t].Kind == TokenKind.Word && SecondPerson.Contains(Word(norm, tokens[t])))
            {
                for (var k = t + 1; k < tokens.Length && k <= t + 2; k++)
                {
                    if (tokens[k].Kind == TokenKind.Word && SpeakerObjects.Contains(Word(norm, tokens[k])))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>True when a cue that is evidence of some intent of its own fired (price, slot, contact, order…).</summary>
    /// <summary>True when an ask addressed to the business (a price, availability, booking or purchase ask, or a
    /// question put to "you") starts after <paramref name="start"/>.</summary>
    private bool AskAfter(ReadOnlySpan<FeatureSpan> features, int start)
    {
        for (var f = 0; f < _switchAsk.Length; f++)
        {
            if (_switchAsk[f] && features[f].On && features[f].Start > start)
            {
                return true;
            }
        }

        return features[_addressedQuestion].On && features[_addressedQuestion].Start > start;
    }

    private bool AnyOwnIntentAsk(ReadOnlySpan<FeatureSpan> features)
    {
        for (var f = 0; f < _ownIntentAsk.Length; f++)
        {
            if (_ownIntentAsk[f] && features[f].On)
            {
                return true;
            }
        }

        return features[_bookingRequest].On || features[_priceShape].On || features[_currentProvider].On || features[_complaintRequest].On;
    }

    /// <summary>True when a cue of another act than booking fired (price, contact, order, repair, deal).</summary>
    private bool OtherAct(ReadOnlySpan<FeatureSpan> features)
    {
        for (var f = 0; f < _otherAct.Length; f++)
        {
            if (_otherAct[f] && features[f].On)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The token of a negator that follows the verb ending at <paramref name="last"/> in the same clause, at most two
    /// filler words later ("je reviendrai pas", "je reviendrai certainement pas", "ik kom hier niet meer", "ich
    /// bestelle nicht mehr", "je commande plus chez vous"), or -1. "plus" before a comparative ("plus souvent",
    /// "plus tard", "plus de 10") means "more" and does not count.
    /// </summary>
    private static int NegatorAfter(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> text, ReadOnlySpan<char> norm, int last)
    {
        var fillers = 0;
        for (var k = last + 1; k < tokens.Length && fillers <= 2; k++)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                return -1;
            }

            var w = Word(norm, tokens[k]);
            if (PostNegators.Contains(w))
            {
                if (w.SequenceEqual("plus") && k + 1 < tokens.Length && tokens[k + 1].Kind == TokenKind.Word
                    && PlusComparative.Contains(Word(norm, tokens[k + 1])))
                {
                    return -1;
                }

                return k;
            }

            if (!NegationFillers.Contains(w))
            {
                return -1;
            }

            fillers++;
        }

        return -1;
    }

    /// <summary>
    /// When word <paramref name="i"/> (which opens its sentence) is an imperative for the speaker, the last token of
    /// it, else -1: the verb and an object pronoun of the speaker ("zet me maar in", "Réservez-moi", "marca-me"), an
    /// enclitic one ("segnami", "prenotatemi", "resérvame", "apuntame", "llámanos"), or, when the text holds a booking
    /// word or a day or time (<paramref name="slot"/>), the verb with "for me" ("marca pra mim sábado", "prenota per
    /// noi venerdì", "book for us Friday").
    /// </summary>
    private static int ImperativeForSpeaker(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> text, ReadOnlySpan<char> norm, int i, bool slot)
    {
        if (i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Word && SpeakerObjects.Contains(Word(norm, tokens[i + 1])))
        {
            return i + 1;
        }

        var word = Word(norm, tokens[i]);
        if (IsEnclitic(word, text.Slice(tokens[i].Start, tokens[i].Length)))
        {
            return i;
        }

        if (slot && i + 2 < tokens.Length && tokens[i + 1].Kind == TokenKind.Word && tokens[i + 2].Kind == TokenKind.Word
            && word.Length >= 4 && BenefactivePrepositions.Contains(Word(norm, tokens[i + 1]))
            && BenefactiveObjects.Contains(Word(norm, tokens[i + 2])))
        {
            return i + 2;
        }

        return -1;
    }

    /// <summary>
    /// True for an imperative with the speaker attached as an enclitic: Italian -mi/-ci after the verb's vowel
    /// ("segnami", "prenotatemi", "chiamaci"), Spanish -me/-nos written with the imperative's accent ("resérvame",
    /// "apúntanos"), or after a request verb's stem when the accent is left out ("reservame", "anotanos").
    /// </summary>
    private static bool IsEnclitic(ReadOnlySpan<char> word, ReadOnlySpan<char> original)
    {
        if (word.Length < 6)
        {
            return false;
        }

        foreach (var ending in ItalianEnclitics)
        {
            if (word.EndsWith(ending))
            {
                return true;
            }
        }

        var clitic = word.EndsWith("ame") || word.EndsWith("eme") || word.EndsWith("ime") ? 2
            : word.EndsWith("anos") || word.EndsWith("enos") ? 3 : 0;
        if (clitic == 0)
        {
            return false;
        }

        // The accent sits on the verb, before the clitic ("resérvame": é).
        foreach (var c in original[..^clitic])
        {
            if (c is 'á' or 'é' or 'í' or 'ó' or 'ú')
            {
                return true;
            }
        }

        var stem = word[..^(clitic + 1)];
        foreach (var s in SpanishEncliticStems)
        {
            if (stem.SequenceEqual(s) || (stem.Length == s.Length + 1 && stem.StartsWith(s)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the speaker promotes their own account: a promotion verb (follow, check, visit, subscribe, sígueme,
    /// volg, folgt, iscriviti…) with the speaker as object right after it ("follow me", "volg ons") or with the
    /// speaker's page up to three words later ("check my page", "visit our profile", "schau auf meinem Kanal").
    /// </summary>
    private static bool FindSelfPromotion(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> text, ReadOnlySpan<char> norm, out int first, out int last)
    {
        first = last = -1;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || !PromotionVerbs.Contains(Word(norm, tokens[i])))
            {
                continue;
            }

            var verb = Word(norm, tokens[i]);
            if (i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Word && SpeakerObjects.Contains(Word(norm, tokens[i + 1]))
                && !verb.SequenceEqual("check") && !verb.SequenceEqual("visit") && !verb.SequenceEqual("join") && !verb.SequenceEqual("mira")
                && !verb.SequenceEqual("guarda") && !verb.SequenceEqual("olha") && !verb.SequenceEqual("kijk") && !verb.SequenceEqual("regarde")
                && !verb.SequenceEqual("visita") && !verb.SequenceEqual("suis"))
            {
                (first, last) = (i, i + 1);
                return true;
            }

            // "sígueme", "seguimi", "segueme" carry the speaker themselves.
            if (verb.Length >= 7 && (verb.EndsWith("me") || verb.EndsWith("mi") || verb.EndsWith("nos") || verb.EndsWith("ci"))
                && !verb.StartsWith("subscri") && !verb.StartsWith("abonn"))
            {
                (first, last) = (i, i);
                return true;
            }

            for (var k = i + 1; k < tokens.Length && k <= i + 4; k++)
            {
                if (tokens[k].Kind != TokenKind.Word || !SpeakerPossessives.Contains(Word(norm, tokens[k])))
                {
                    continue;
                }

                if (k + 1 < tokens.Length && tokens[k + 1].Kind == TokenKind.Word && PageNouns.Contains(Word(norm, tokens[k + 1])))
                {
                    (first, last) = (i, k + 1);
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// True for <c>seller-intro</c>: a statement (not a question) in which the speaker's firm says what it supplies: a verb
    /// of supply in a first-person-plural form ("forniamo", "ofrecemos", "fournissons", "oferecemos"), or after a
    /// "we" subject in the same sentence ("Wir sind Großhändler … und bieten …", "wij zijn een schoonmaakbedrijf en
    /// leveren …", "we supply …").
    /// </summary>
    private static bool FindSellerIntro(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> text, ReadOnlySpan<char> norm, out int first, out int last)
    {
        first = last = -1;
        var we = -1;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind == TokenKind.Punctuation && text[tokens[i].Start] is '.' or '!' or '?' or ';' or '\n')
            {
                we = -1;
                continue;
            }

            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            var w = Word(norm, tokens[i]);
            if (WeSubjects.Contains(w))
            {
                we = i;
                continue;
            }

            var stemLength = SupplyStems.StemLength(w);
            if (stemLength == 0)
            {
                continue;
            }

            // A verb form, not a noun of the same stem ("Lieferungen", "livraisons", "propositions").
            var plural = w.EndsWith("amos") || w.EndsWith("emos") || w.EndsWith("imos") || w.EndsWith("iamo")
                || (w.EndsWith("ons") && !w.EndsWith("ions") && !w.EndsWith("aisons"));
            var afterWe = we >= 0 && i - we <= 8 && w.Length <= stemLength + 3;
            // A statement, or a statement clause before the question that pitches ("wij leveren aan bloemisten,
            // interesse in een proefdoos?"): the supply verb is told, not asked about.
            if ((plural || afterWe) && (!InQuestion(tokens, text, i, i) || ClauseEndsBeforeQuestion(tokens, text, i)))
            {
                (first, last) = (we >= 0 && afterWe ? we : i, i);
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a comma or a dash closes the clause of token <paramref name="at"/> before its sentence's question mark.</summary>
    private static bool ClauseEndsBeforeQuestion(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> text, int at)
    {
        for (var t = at + 1; t < tokens.Length; t++)
        {
            if (tokens[t].Kind != TokenKind.Punctuation)
            {
                continue;
            }

            var c = text[tokens[t].Start];
            if (c is ',' or '–' or '—' or ':')
            {
                return true;
            }

            if (c is '?' or '.' or '!' or ';' or '\n')
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>price-shape</c>: a short question (at most six words) that names a quantity and nothing else it could ask,
    /// "2 dozen cupcakes?", "set of 4 chairs?", "30 flyers A5 ?", or an elliptic follow-up "and for two?", "y para
    /// 3?", "und für zwei?": asks what that costs. Not when it asks who or why, or a year ("anyone here in 2019?").
    /// </summary>
    private void AddPriceShape(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> text, ReadOnlySpan<char> norm, Span<FeatureSpan> features)
    {
        var asked = features[_question].On || (features[_requestCue].On && features[_priceWord].On);
        if (!asked || OtherAct(features) || features[_bookingAsk].On || features[_contactAsk].On)
        {
            return;
        }

        var words = 0;
        var quantity = -1;
        var firstWord = -1;
        for (var t = 0; t < tokens.Length; t++)
        {
            var kind = tokens[t].Kind;
            if (kind == TokenKind.Number)
            {
                var n = Word(norm, tokens[t]);
                if (n.Length == 4 && (n.StartsWith("19") || n.StartsWith("20")))
                {
                    return;
                }

                quantity = quantity < 0 ? t : quantity;
                firstWord = firstWord < 0 ? t : firstWord;
                words++;
            }
            else if (kind == TokenKind.Word)
            {
                var w = Word(norm, tokens[t]);
                if (NotPriceQuestionWords.Contains(w) || QuestionWords.Contains(w) || SecondPerson.Contains(w) || SubjectPronouns.Contains(w))
                {
                    return;
                }

                firstWord = firstWord < 0 ? t : firstWord;
                words++;
            }
            else if (kind is TokenKind.Handle or TokenKind.Url or TokenKind.Email or TokenKind.Phone)
            {
                return;
            }
        }

        if (words is < 2 or > 6 || firstWord < 0)
        {
            return;
        }

        // "and for two?": a conjunction, a preposition and a quantity.
        if (firstWord + 2 < tokens.Length && EllipsisConjunctions.Contains(Word(norm, tokens[firstWord]))
            && BenefactivePrepositions.Contains(Word(norm, tokens[firstWord + 1]))
            && (tokens[firstWord + 2].Kind == TokenKind.Number || NumberWords.Contains(Word(norm, tokens[firstWord + 2]))))
        {
            Set(features, _priceShape, tokens, firstWord, firstWord + 2);
            return;
        }

        if (quantity >= 0 && !features[_timing].On && !features[_availabilityQuestion].On)
        {
            Set(features, _priceShape, tokens, firstWord, quantity);
        }
        else if (features[_priceWord].On && !features[_statedOnly].On)
        {
            // "prijs biab?", "tarif épilation maillot stp", "Preis für 2 Stück?": a price word with only the product
            // beside it, asked.
            features[_priceShape] = features[_priceWord];
        }
    }

    /// <summary>
    /// True when the buying verb of <paramref name="hit"/> (not in a question) follows a perfect-tense
    /// auxiliary or shares its clause with a habit word: a report of buying, not an act.
    /// </summary>
    private static bool ReportsBuying(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> text, ReadOnlySpan<char> norm, CueHit hit)
    {
        if (InQuestion(tokens, text, hit.First, hit.Last))
        {
            return false;
        }

        // The auxiliary right before the verb. "a" is French "avoir" only before a participle in "é" ("on a
        // acheté"); before an infinitive it is the Spanish/Portuguese/Italian "a" of a plan ("voy a comprar").
        if (hit.First > 0 && tokens[hit.First - 1].Kind == TokenKind.Word && Word(norm, tokens[hit.First - 1]) is var aux
            && PerfectAuxiliaries.Contains(aux))
        {
            var verb = text.Slice(tokens[hit.First].Start, tokens[hit.First].Length);
            if (!aux.SequenceEqual("a") || verb.EndsWith("é") || verb.EndsWith("és") || verb.EndsWith("ée") || verb.EndsWith("ées"))
            {
                return true;
            }
        }

        // A habit word after a wish is the frequency wanted ("wil graag elke week", "I'd like one every month").
        for (var k = hit.First; k <= hit.Last; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && IsWish(Word(norm, tokens[k])))
            {
                return false;
            }
        }

        for (var k = hit.Last + 1; k < tokens.Length && k <= hit.Last + 6 && !IsClauseBreak(tokens[k]); k++)
        {
            if (tokens[k].Kind == TokenKind.Word && HabitWords.Contains(Word(norm, tokens[k])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the sentence holding tokens [first, last] ends with '?' or starts with '¿'.</summary>
    private static bool InQuestion(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> text, int first, int last)
    {
        for (var t = last + 1; t < tokens.Length; t++)
        {
            if (tokens[t].Kind == TokenKind.Punctuation && text[tokens[t].Start] is '?' or '.' or '!' or ';' or '…')
            {
                if (text[tokens[t].Start] == '?')
                {
                    return true;
                }

                break;
            }
        }

        for (var t = first - 1; t >= 0; t--)
        {
            if (tokens[t].Kind == TokenKind.Punctuation && text[tokens[t].Start] is '¿' or '?' or '.' or '!' or ';' or '…')
            {
                return text[tokens[t].Start] == '¿';
            }
        }

        return false;
    }

    /// <summary>
    /// The first token of a negator hit that ends at most three words before <paramref name="first"/> (or, for a
    /// clause negator such as "not that" or "no es que", anywhere before it in the same clause), or -1.
    /// </summary>
    /// <summary>True when a verb of intention or need stands within three words after the negator (before
    /// <paramref name="first"/>, at most ten words on): "non mi serve un preventivo", "não estou a pensar mudar de …".</summary>
    private static bool NegatesIntention(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> norm, int negatorLast, int first)
    {
        if (first - negatorLast > 10)
        {
            return false;
        }

        for (var k = negatorLast + 1; k <= negatorLast + 3 && k < first; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && IsIntention(Word(norm, tokens[k])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the negator is a word of a longer positive cue ("no excuses", "non ci troviamo più", "nicht
    /// mehr zufrieden"): the phrase has its own meaning and negates nothing after it.</summary>
    private bool InsidePositiveCue(ReadOnlySpan<CueHit> hits, CueHit negator)
    {
        foreach (var other in hits)
        {
            if (_positive[other.Family] && other.First <= negator.First && other.Last >= negator.Last && other.Last > negator.Last)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the "negator" is the Portuguese contraction "no" (em + o) right before a day or time ("atende no
    /// domingo?", "abre no feriado?"): Spanish says "no el domingo", so "no" straight before a time word is "on the".
    /// </summary>
    private bool ContractedArticle(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> norm, int negator, CueHit hit) =>
        hit.Family == _timing && negator == hit.First - 1 && Word(norm, tokens[negator]) is "no";

    private int NegatorBefore(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> norm, ReadOnlySpan<CueHit> hits, int first)
    {
        foreach (var hit in hits)
        {
            if ((hit.Family != _negator && hit.Family != _clauseNegator) || hit.Last >= first
                || (hit.Family == _negator && first - hit.Last > NegationWindow && !NegatesIntention(tokens, norm, hit.Last, first))
                || InsidePositiveCue(hits, hit))
            {
                continue;
            }

            var broken = false;
            for (var t = hit.Last + 1; t < first; t++)
            {
                broken |= IsClauseBreak(tokens[t]);
            }

            if (!broken)
            {
                return hit.First;
            }
        }

        return -1;
    }

    private void AddContext(ScoringRequest request, ReadOnlySpan<Token> tokens, Span<FeatureSpan> features)
    {
        var words = 0;
        var tags = 0;
        var firstTag = -1;
        var question = -1;
        for (var t = 0; t < tokens.Length; t++)
        {
            switch (tokens[t].Kind)
            {
                case TokenKind.Word or TokenKind.Number or TokenKind.Email or TokenKind.Url or TokenKind.Phone:
                    words++;
                    break;
                case TokenKind.Handle:
                    // A mention starts with the business's own handle; any other handle tags a person.
                    if (!(request.Kind == EngagementKind.Mention && t == 0))
                    {
                        tags++;
                        firstTag = firstTag < 0 ? t : firstTag;
                    }

                    break;
                case TokenKind.Punctuation when question < 0 && tokens[t].Length > 0 && request.Text[tokens[t].Start] is '?' or '¿':
                    question = t;
                    break;
            }
        }

        if (question >= 0)
        {
            Set(features, _question, tokens, question, question);
        }

        // Nothing but emojis and symbols, and no cue among them ("€?" is a price question, "🔥🔥" is not).
        if (words == 0 && tags == 0 && !AnyPositiveCue(features))
        {
            ref var f = ref features[_emojiOnly];
            f.On = true;
            f.Start = 0;
            f.Length = request.Text.Length;
        }

        if (tags == 1)
        {
            Set(features, _friendTag, tokens, firstTag, firstTag);
        }
        else if (tags > 1)
        {
            Set(features, _multiTag, tokens, firstTag, firstTag);
        }

        if (words > LongTextWords)
        {
            SetContext(features, _longText);
        }

        if (request.Kind == EngagementKind.Review && request.Rating is { } stars)
        {
            SetContext(features, stars <= 2 ? _reviewLow : stars == 3 ? _reviewMid : _reviewHigh);
        }
        else if (request.Kind == EngagementKind.Mention)
        {
            SetContext(features, _mention);
        }
        else if (request.Kind == EngagementKind.Reply)
        {
            SetContext(features, _reply);
        }
    }

    /// <summary>
    /// Two grammatical frames of customers weighing a move. <c>conditional-offer</c>: a condition addressed to the
    /// business ("if you can get me back in", "si vous m'envoyez le reste", "se avete una prova gratuita", "wenn
    /// ihr nen Probetag habt", "si nos lo compensáis"): the speaker names what would make them buy or stay.
    /// <c>current-provider</c>: being with, a member of or under contract with a named (capitalised) provider
    /// ("been with Skylink", "estou na Mek", "bin grad noch bei FitX"), which makes an ask about this business a
    /// comparison with the one they are about to leave.
    /// </summary>
    private void AddOfferGrammar(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> text, ReadOnlySpan<char> norm, Span<FeatureSpan> features)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            var word = Word(norm, tokens[i]);
            if (!features[_imperativeRequest].On && OpensSentence(tokens, text, norm, i) && !SubjectPronouns.Contains(word)
                && ImperativeForSpeaker(tokens, text, norm, i, features[_timing].On || features[_bookingAsk].On || features[_bookingNoun].On) is var last and >= 0
                && !InQuestion(tokens, text, i, last))
            {
                Set(features, _imperativeRequest, tokens, i, last);
                features[_statedOnly] = default;

                // "segnami per sabato alle 11", "put me down for Friday", "resérvame el jueves": an imperative for the
                // speaker with a booking word or a day or time asks for that slot.
                if (features[_bookingAsk].On || features[_bookingNoun].On || (features[_timing].On && !OtherAct(features)))
                {
                    features[_bookingRequest] = features[_imperativeRequest];
                }
            }

            if (!features[_conditionalOffer].On && Conditionals.Contains(word))
            {
                for (var k = i + 1; k < tokens.Length && k <= i + 5 && !IsClauseBreak(tokens[k]); k++)
                {
                    var w = Word(norm, tokens[k]);
                    if (SecondPerson.Contains(w) || SecondPersonVerbs.Contains(w) || SecondPersonPossessives.Contains(w)
                        || (w.Length >= 6 && (w.EndsWith("ais") || w.EndsWith("eis"))))
                    {
                        Set(features, _conditionalOffer, tokens, i, k);
                        break;
                    }
                }
            }

            if (!features[_currentProvider].On && i > 0 && i + 1 < tokens.Length
                && (MembershipPrepositions.Contains(word) || (word.SequenceEqual("on") && Word(norm, tokens[i - 1]).SequenceEqual("been")))
                && tokens[i + 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[i + 1].Start]))
            {
                for (var k = Math.Max(0, i - 3); k < i; k++)
                {
                    if (tokens[k].Kind == TokenKind.Word && Membership.Contains(Word(norm, tokens[k])))
                    {
                        Set(features, _currentProvider, tokens, k, i + 1);
                        break;
                    }
                }
            }
        }
    }


    /// <summary>
    /// Question grammar, by sentence: a question (ending in '?', opening with '¿' or with a question word) that
    /// addresses the business in its first words, with a second-person pronoun anywhere there or an inverted
    /// subject right after the opening verb, is <see cref="AddressedQuestion"/>; a question holding a word of
    /// availability (still, free, open, in stock, how soon, when) is <see cref="AvailabilityQuestion"/>.
    /// </summary>
    private void AddQuestionGrammar(ReadOnlySpan<Token> tokens, string text, ReadOnlySpan<char> norm, Span<FeatureSpan> features)
    {
        var start = 0;
        for (var t = 0; t <= tokens.Length; t++)
        {
            var end = t == tokens.Length || (tokens[t].Kind == TokenKind.Punctuation && text[tokens[t].Start] is '?' or '.' or '!' or ';' or '…' or '\n');
            if (!end)
            {
                continue;
            }

            var asked = t < tokens.Length && text[tokens[t].Start] == '?';
            CheckSentence(tokens, text, norm, features, start, t, asked);
            start = t + 1;
        }
    }

    private void CheckSentence(ReadOnlySpan<Token> tokens, string text, ReadOnlySpan<char> norm, Span<FeatureSpan> features, int from, int to, bool asked)
    {
        var firstWord = -1;
        for (var t = from; t < to; t++)
        {
            if (tokens[t].Kind == TokenKind.Punctuation && text[tokens[t].Start] == '¿')
            {
                asked = true;
            }

            if (firstWord < 0 && tokens[t].Kind == TokenKind.Word)
            {
                firstWord = t;
            }
        }

        if (firstWord < 0)
        {
            return;
        }

        if (!asked && ((QuestionWords.Contains(Word(norm, tokens[firstWord]))
            && !(firstWord + 1 < to && Exclamative.Contains(Word(norm, tokens[firstWord + 1]))))
            || OpensVerbFirstQuestion(tokens, norm, firstWord, to)))
        {
            asked = true;
        }

        if (!asked)
        {
            return;
        }

        var words = 0;
        for (var t = firstWord; t < to && words < 5; t++)
        {
            if (tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            var word = Word(norm, tokens[t]);
            if (SecondPerson.Contains(word) || (words == 1 && InvertedSubject.Contains(word)))
            {
                Set(features, _addressedQuestion, tokens, firstWord, t);
                break;
            }

            words++;
        }

        for (var t = firstWord; t < to; t++)
        {
            if (tokens[t].Kind == TokenKind.Word && AvailabilityWords.Contains(Word(norm, tokens[t])))
            {
                Set(features, _availabilityQuestion, tokens, t, t);
                break;
            }
        }
    }

    /// <summary>
    /// True when the sentence opens with a question verb followed by a second-person or inverted subject ("do u
    /// still have", "habt ihr", "hebben jullie", "avez vous", "tem como" is a phrase, not this): a yes/no question.
    /// </summary>
    private static bool OpensVerbFirstQuestion(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> norm, int first, int to)
    {
        if (first + 1 >= to || tokens[first + 1].Kind != TokenKind.Word || !QuestionVerbs.Contains(Word(norm, tokens[first])))
        {
            return false;
        }

        var subject = Word(norm, tokens[first + 1]);
        return SecondPerson.Contains(subject) || InvertedSubject.Contains(subject);
    }

    private static ReadOnlySpan<char> Word(ReadOnlySpan<char> norm, in Token token) => norm.Slice(token.NormStart, token.NormLength);

    private bool AnyPositiveCue(ReadOnlySpan<FeatureSpan> features)
    {
        for (var f = 0; f < _negatable.Length; f++)
        {
            if (_negatable[f] && features[f].On)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A team's own product and service words ("balayage", "MOT", "Invisalign"), matched on folded tokens
    /// (case, accents and a plural ending do not matter), from a compiled form cached by content.
    /// </summary>
    private void AddVocabulary(IReadOnlyList<string> vocabulary, ReadOnlySpan<char> norm, ReadOnlySpan<Token> tokens, Span<FeatureSpan> features)
    {
        if (!TeamVocabulary.For(vocabulary).TryMatch(norm, tokens, out var first, out var last))
        {
            return;
        }

        Set(features, _vocabulary, tokens, first, last);
        if (features[_question].On)
        {
            Set(features, _vocabularyQuestion, tokens, first, last);
        }
    }
}
