namespace LeadsNotLikes.Scoring;

/// <summary>
/// The cue lexicon (see <see cref="CueLexicon"/> for the format). Phrases are general language for each
/// cue family in English, Spanish, German, French, Portuguese, Dutch and Italian, not sentences from the
/// labeled examples. Kept as code so the scorer needs no file or resource at run time.
/// </summary>
internal static class CueSource
{
    public const string Text = """
        # Cue families. Header: [family sign intent rank]; sign + raises only, - lowers only, ~ either (the data decides);
        # when cues of several intents fire, the highest rank (the most specific cue) gives the intent.
        # Phrases are matched on folded words: case, accents and repeated letters do not matter ("PRÉCIO", "preciooo").
        # stem* matches any word that starts with stem; *head matches a compound that ends in head after a stem of
        # three letters or more ("*termin": Probetermin, Friseurtermin), when the word matches nothing else.
        # Placeholders: <num> <year> <handle> <email> <url> <phone> <emoji>.

        # Abbreviations and regional forms: each counts as the word(s) it stands for, in every phrase.
        alias: vc = voce | vcs = voces | tb = tambem | tbm = tambem | tb = tambien | tmb = tambien | pq = porque | xq = porque | pq = pourquoi | q = que | qdo = quando | qnd = quando | hj = hoje | pra = para | pro = para | ta = esta | msg = mensagem | msg = mensaje | msg = message | obg = obrigado | dps = depois | mt = muito | mto = muito
        alias: nn = non | nn = nao | ke = che | xke = perche | xche = perche | cmq = comunque | grz = grazie | x = per | qnt = quanto | sn = sono | xfa = favor | porfa = favor | dnd = donde | xa = para | pa = para | ud = usted | uds = ustedes | vos = tu
        alias: u = you | ur = your | r = are | pls = please | plz = please | tmrw = tomorrow | tmr = tomorrow | bday = birthday | wknd = weekend | ppl = people | avail = available | mutch = much | thx = thanks | b4 = before
        # Swiss and Austrian German, Québec French (round 6): regional spellings of the key words count as the standard word.
        alias: hand = habt | hend = habt | hatt = hatte | chostet = kostet | choscht = kostet | chostets = kostet | isch = ist | nod = nicht | ned = nicht | nid = nicht | bi = bei | oich = euch | offe = offen | sunntig = sonntag | samschtig = samstag | mantig = montag | zischtig = dienstag | mittwuch = mittwoch | dunschtig = donnerstag | fritig = freitag | feber = februar | ubersiedlung = umzug | ubersiedeln = umziehen | gern = gerne | gits = gibts | hesch = hast | hasch = hast | chond = konnt | chonnt = konnt | chan = kann | chu = suis | pis = puis | habts = habt | hobts = habt | seids = seid | kemmts = kommt
        alias: n = ein | ne = eine | nen = einen | nem = einem | bzw = beziehungsweise | janner = januar | stp = svp | pcq = parce | qd = quand | bcp = beaucoup | mn = mijn | m = hem | ge = je | gij = jij | da = dat | nie = niet | ajb = alsjeblieft | aub = alstublieft | wa = wat | wieviel = wie

        [negator ~ none]
        en: not | no | never | dont | don t | do not | doesn t | doesnt | didn t | didnt | won t | wont | can t | cant | isn t | isnt | aren t | arent | wasn t | haven t | no longer | nothing
        es: no | nunca | jamás | ni | tampoco
        de: nicht | kein* | nie | niemals
        fr: pas | jamais | aucun*
        pt: não | nunca | nem sequer | nem um | nem uma | e nem | nem me | nem nos | nem respondem | nem responderam
        nl: niet | geen | nooit
        it: non | mai | nessun*

        [price-ask + price 8]
        # Round 9: a rough figure asked for ("eine grobe Preisvorstellung", "prezzo indicativo", "une fourchette de prix").
        en: rough price | ballpark | rough idea of price | rough idea of cost | rough cost | price range
        es: precio aproximado | precio orientativo | presupuesto aproximado | más o menos cuánto | un aproximado
        fr: prix approximatif | une idée du prix | une idée de prix | fourchette de prix | ordre de prix | à peu près combien
        pt: valor aproximado | preço aproximado | uma ideia de preço | uma ideia do valor | mais ou menos quanto | uma média de preço
        it: prezzo indicativo | prezzo orientativo | cifra indicativa | più o meno quanto | all incirca quanto | una cifra di massima
        de: richtpreis | preisvorstellung | ungefähre kosten | grobe kosten | preisrahmen | was ungefähr | ungefähr kosten
        nl: richtprijs | prijsindicatie | indicatie van de prijs | ongeveer kosten | wat ongeveer


        # Round 7: verbs of quoting (price up, cotizar, Québec soumission).
        en: price up | price it up | price me up | price us up | give me a price | give us a price | quote me for | quote us for
        es: cotizar | me cotizan | cotización | una cotización | me coticen | cotícenme
        fr: une soumission | soumission pour | me faire une soumission | chiffrer | me chiffrer
        pt: orçar | me orçar | orcem
        de: beziffern | durchrechnen | kalkulieren
        nl: prijs opgeven | begroten | een prijsje maken
        it: quotare | quotarmi | farmi un prezzo | fateci un prezzo

        en: rough figure | a rough figure | ballpark figure | figure please | figure pls
        # Compound heads (*head: a word ending in it after a stem of three letters or more) and compound stems.
        de: *offerte | *kostenvoranschlag | offerte* | angebotsanfrage* | preisanfrage*
        nl: *offerte | *prijsopgave | offerte* | prijsaanvraag* | offerteaanvraag*

        es: cuál es ~ precio | cuál es ~ tarifa | cuál es ~ costo | cuál sería ~ precio

        pt: qual é ~ preço | qual é ~ valor | qual é ~ tarifa | qual seria ~ valor

        it: qual è ~ prezzo | qual è ~ tariffa | qual è ~ costo

        en: what s ~ price | what is ~ price | what s ~ rate | what is ~ cost | what would ~ cost

        nl: wat is ~ prijs | wat zijn ~ kosten | wat zou ~ kosten

        de: was ist ~ preis | was sind ~ kosten | was wäre ~ preis

        fr: quel est ~ prix | quel est ~ tarif | quels sont ~ tarifs

        en: price please | prices please | price pls | quote please | price plz

        es: precio por favor | precio porfa | precios por favor | presupuesto por favor

        de: preis bitte | preise bitte | angebot bitte

        fr: tarif svp | tarifs svp | prix svp | devis svp | tarif s il vous plaît | prix s il vous plaît

        pt: preço por favor | valor por favor | preço pfv | valor pfv | orçamento por favor

        nl: prijsje | prijsje ? | prijs graag | prijs aub | prijs alstublieft | offerte graag | graag een offerte | graag een prijs

        it: prezzo per favore | prezzo pf | prezzi per favore | preventivo per favore

        fr: prix du | prix de la | prix des | tarif pour | tarifs pour

        it: prezzo del | prezzo della | prezzo dei | prezzi del | prezzi dei

        pt: preço dos | preço das | valor do | valor da | valor dos

        es: precio del | precios del | precio de la | precio de los | precio de las

        it: quanto ? | quanto per | quanto è | quanto sarebbe | quanto mi costa | quanto verrebbe | listino | listino prezzi | quanto chiedete per

        nl: hoeveel ? | hoeveel kost | hoeveel kosten | hoeveel voor | hoeveel is | hoeveel zijn | prijslijst | prijsindicatie | wat vragen jullie | wat rekenen jullie

        pt: quanto ? | quanto pra | quanto para | quanto por | quanto tá | quanto ta | quanto sai | qto ? | tabela de preços | tabela de valores | quanto vocês cobram | quanto cobra

        fr: combien ? | combien pour | combien ça coûte | combien coûte | combien coûtent | c est combien | ça coûte combien | grille tarifaire | grille de prix | liste de prix | vos prix | combien vous prenez | combien prenez vous

        de: wie viel kostet | wieviel kostet | wie viel kosten | wie viel für | wieviel für | wie viel ? | wieviel ? | was kostet s | preisliste | preisübersicht | preisauskunft | preisanfrage | preisinfo | offerte | eine offerte | was verlangt ihr | was nehmt ihr

        es: cuánto ? | cuánto por | cuánto es | cuánto son | cuánto está | cuánto están | a cuánto | cuánto cobran por | cuánto saldría | me pasan precio | me pasás precio | pasame precio | pásame precio | me pasan el precio | lista de precios | tarifario | cuánto me cobrarían

        en: how much is it | how much would that | what would that run | what would it run | roughly what | roughly how much | what does pricing | pricing look like | pricing for | rate card | price sheet | pricing page | set me back | run me | how much to
        en: how much is | how much are | how much for | how much would | how much do | how much does | what s the price | whats the price | what is the price | what are your prices | what s your rate | what are your rates | what do you charge | what would it cost | what does it cost | how much per | cost of | price for | price of | price on | prices for | quote | quotes | quotation | estimate | get a price | want a price | ballpark | fee for | your fee | your fees | your rates | price list | price ? | prices ? | pricing ? | cost ? | rates ? | fees ? | € ? | $ ? | £ ? | how much ?
        es: cuanto cuesta | cuanto vale | cuánto sale | cuánto cobran | cuánto cobráis | qué precio | que precio tiene | precio de | precio para | precios de | presupuesto | presupuestos | precio ? | precios ? | tarifa ? | tarifas ? | valor ?
        de: was kostet | was kosten | was würde | kostet das | preis für | preise für | kostenvoranschlag | angebot für | ein angebot | preis ? | preise ? | kosten ?
        fr: quel prix | quels sont vos prix | quel est le prix | quel tarif | vos tarifs | devis | prix pour | prix ? | tarif ? | tarifs ?
        pt: quanto custa | quanto fica | quanto sai | quanto cobram | qual o preço | qual o valor | qual é o preço | valor de | preço de | preço do | preço da | orçamento | orçamentos | preço ? | valor ? | preços ? | vlr ?
        nl: wat kost | wat kosten | wat is de prijs | wat zijn de kosten | prijs voor | prijzen voor | offerte | prijsopgave | prijs ? | prijzen ? | kosten ?
        it: quanto costa | quanto costano | quanto viene | quanto chiedete | quanto fate | qual è il prezzo | prezzo per | prezzi per | preventivo | preventivi | prezzo ? | prezzi ? | costo ?
        en: what s the damage | whats the damage | how much would it be | how much roughly
        pt: qto custa | quanto é | quanto seria
        es: cuánto sería | cuánto me sale

        [price-word ~ price 2]
        de: *preis | *preise | *kosten | *gebühr | *gebühren | *tarif | *tarife | preis* | tarif*
        nl: *prijs | *prijzen | *kosten | *tarief | *tarieven | prijs* | tarief*
        en: price | prices | pricing | cost | costs | fee | fees | rate | rates | charge | charges | per hour | per month | a month | per person | hourly | budget | tariff | set you back
        es: precio | precios | tarifa | tarifas | coste | costo | cuota | mensualidad | por hora | por persona
        de: preis | preise | kosten | gebühr | gebühren | tarif | pro stunde | pro monat | pro person | insgesamt
        fr: prix | tarif | tarifs | coût | coûte | frais | par heure | par mois | par personne
        pt: preço | preços | valor | valores | custo | taxa | mensalidade | por hora | por mês | por pessoa
        nl: prijs | prijzen | kosten | kost | tarief | tarieven | per uur | per maand | per persoon
        it: prezzo | prezzi | costo | costi | tariffa | tariffe | all anno | al mese | all ora | a persona | spese
        es: cuesta | cuestan
        de: kostet
        pt: custa | custam
        it: costa | costano
        en: under <num> | below <num> | max <num> | up to <num> | fixed price | fixed fee | fixed priced
        es: menos de <num> | hasta <num>
        de: unter <num> | bis <num> | festpreis
        fr: moins de <num> | jusqu à <num> | prix fixe
        pt: até <num> | menos de <num> | preço fixo
        nl: onder de <num> | tot <num> | vaste prijs
        it: sotto i <num> | fino a <num> | prezzo fisso

        [deal-ask + price 6]
        en: discount | discounts | student discount | any discount | offer still on | deal still on | still on offer | promo | promo code | discount code | voucher | coupon | payment plan | payment plans | finance | financing | instalments | installments | monthly payments | cheapest plan | which plan | what plan | plan for | package | packages | bundle | upgrade | pro plan | business plan | annual plan | per seat | seats | trial price | introductory offer | sale still on | offer ?
        es: descuento | descuentos | oferta | promoción | código | plan para | planes | financiación | a plazos | cuotas
        de: rabatt | angebot noch | gutschein | ratenzahlung | finanzierung | paket | pakete | tarif für
        fr: réduction | remise | promo | code promo | paiement en plusieurs fois | forfait | forfaits | offre
        pt: desconto | descontos | promoção | cupom | cupão | plano para | plano pra | planos | parcelado | parcelas | pacote | pacotes
        nl: korting | aanbieding | actie | kortingscode | pakket | pakketten | abonnement | in termijnen
        it: sconto | sconti | offerta | promozione | codice sconto | pacchetto | pacchetti | a rate | abbonamento

        [availability-ask + availability 7]
        # Round 9: whether they come out to a place ("do you come out to Hythe?", "venite anche a", "kommt's ihr nach", "vous
        # intervenez à"): the service area, asked.
        en: do you come out to | do you come to | come out to | do you go as far as | do you work in | do you do call outs in
        es: vienen a | venís a | vienen hasta | venís hasta | llegan hasta | llegáis hasta | cubren la zona | van hasta | trabajan en la zona | trabajáis en la zona
        fr: vous venez à | vous venez jusqu à | venez vous à | vous vous déplacez | vous déplacez vous | vous intervenez à | vous intervenez sur | intervenez vous | vous faites les dépannages
        pt: vocês vêm até | vêm até | vem até | atendem em | atendem na região | chegam até | vocês vão até | atende plantão | fazem plantão
        it: venite a | venite anche a | venite pure a | venite fino a | arrivate fino a | arrivate a | lavorate anche a | lavorate in zona | passate anche da
        de: kommt ihr nach | kommt ihr auch nach | kommt s ihr | kommts ihr | kommen sie nach | kommen sie auch nach | fahrt ihr nach | fahrt ihr auch | raus nach | seid ihr auch in
        nl: komen jullie naar | komen jullie ook naar | komen jullie ook in | komen jullie in | rijden jullie naar | rijden jullie ook | werken jullie ook in | komt u ook in


        # Round 7: someone who can come now, and what time something starts.
        en: someone who can come | anyone who can come | somebody who can come | what time does | what time do | what time is
        es: alguien que pueda venir | alguien que venga | a qué hora empieza | a qué hora abre | a qué hora es
        fr: quelqu un qui peut venir | quelqu un qui pourrait venir | à quelle heure commence | à quelle heure ouvre
        pt: alguém que possa vir | alguém que venha | que horas começa | que horas abre | a que horas
        de: jemand der kommen kann | jemanden der kommen kann | um wie viel uhr | wann beginnt | wann fängt
        nl: iemand die kan komen | iemand die langs kan komen | hoe laat begint | hoe laat start | hoe laat gaat
        it: qualcuno che possa venire | qualcuno che venga | a che ora inizia | a che ora apre | a che ora è

        # Round 7: gaps and openings asked for.
        en: any gaps | a gap | gaps | any openings | any space left | any room left
        es: algún hueco | algún lugar | algún turno libre
        fr: un trou | une place libre | des places libres
        pt: alguma vaga | algum horário livre
        de: eine lücke | noch lücken | einen freien platz
        nl: een gaatje | nog een gaatje | plekje vrij
        it: un buco | qualche buco | un posto libero

        de: gibt s den auch | gibt s die auch | gibt s das auch | gibts den auch | gibts die auch | gibt es den auch | gibt es die auch

        # Round 6: a size, colour or version asked for ("does it come in a 14", "gibt es den auch in M", "viene en azul").
        en: come in a | come in an | come in other | come in any | comes in | come in size | come in bigger | come in smaller
        es: viene en | vienen en | lo tienen en | la tienen en | hay en talla
        de: gibt es den auch in | gibt es die auch in | gibt es das auch in | auch in größe
        fr: existe en | existe t il en | vous l avez en
        pt: vem em | tem em outra | tem no tamanho
        nl: is er in maat | hebben jullie die in | ook in maat
        it: c è in | lo avete in | la avete in | anche in taglia

        de: no ~ frei | no ~ zu haben

        de: termin frei | an termin frei | platz frei | tisch frei | termine frei

        pt: vocês têm ~ ainda | tem ~ ainda | ainda tem ~ disponível

        de: habt ihr ~ noch | haben sie ~ noch | hast du ~ noch | noch in größe | noch zu haben

        en: still in stock | do you still have | have you still got | you still have ~ in

        es: todavía tienen | aún tienen | tenéis ~ todavía | tienen ~ todavía | tenés ~ todavía

        nl: hebben jullie ~ nog | heb je ~ nog | nog in maat

        fr: vous avez ~ encore | avez vous ~ encore | toujours en stock

        it: avete ~ ancora | hai ~ ancora

        it: ancora disponibili | ancora posto | ancora posti | ancora liberi | ancora libere | ancora _ libere | ancora _ liberi | ancora _ disponibili | ci sono ancora | c è ancora | prendete ancora | accettate ancora | nuovi clienti

        nl: nog plek | nog plaats | nog _ vrij | nog beschikbaar | nog te koop | nemen jullie nog | nog open

        pt: ainda há | ainda tem | ainda têm | tem vaga | têm vaga | já foi tudo | ainda dá | novos clientes | novos pacientes

        fr: il reste | reste t il | il vous reste | encore de la place | encore dispo | encore disponible | vous prenez encore | vous acceptez encore | créneau | créneaux

        de: noch _ frei | noch _ _ frei | noch platz | noch plätze | noch termine | noch was frei | noch verfügbar | nehmt ihr noch | nehmen sie noch | neukunden | neue kunden | neue patienten | slot | slots

        es: tienen lugar | hay lugar | tenés lugar | tienen espacio | hay cupo | cupo | hay turnos | tienen turno | queda lugar | quedan plazas | plazas | todavía hay | aún hay | todavía tienen | siguen teniendo | atienden | hacen urgencias | urgencias

        en: any _ left | any _ _ left | any left | still got | still have any | got any left | anything left | room for | any room | any tables | free slots | availability for | squeeze in | taking on | take on new
        en: available | availability | still available | still for sale | still have | in stock | back in stock | out of stock | sold out | restock | restocking | any left | any slots | any slot | slots | slot | any space | any spaces | spaces | space for | spots | any spot | any availability | any openings | openings | free on | free slot | are you free | you free | still free | do you have anything | got anything | anything this week | anything available | how soon | earliest | soonest | next available | fit me in | fit us in | squeeze me in | come out | can you come | could you come | can anyone come | come round | come today | call out | callout | call outs | emergency | urgent | urgently | asap | a s a p | open on | open till | open until | open tonight | open today | open tomorrow | open late | open sunday* | open saturday* | u open | you open | are you open | opening hours | opening times | what time do you open | what time do you close | walk in | walk ins | walkins | taking new | accepting new | new patients | new clients | new customers | new students | covering | do you cover | cover my area | in my area | travel to | do you travel | still open | have room
        es: disponible | disponibles | disponibilidad | queda | quedan | tenéis hueco | hay hueco | hueco | huecos | sitio | hay sitio | libre | fecha libre | abierto | abrís | abren | horario | urgencia | urgente | agotado | reponer | os queda | les queda | tenéis disponibilidad
        de: verfügbar | verfügbarkeit | noch zu haben | noch da | noch frei | frei | noch platz | platz | plätze | termin frei | freie termine | lieferbar | ausverkauft | geöffnet | offen | öffnungszeiten | habt ihr offen | dringend | notfall | vorbeikommen | vorbei kommen | kurzfristig
        fr: disponible | disponibles | disponibilité | disponibilités | dispo | libre | de la place | une place | des places | ouvert | ouverts | horaires | en stock | rupture | urgence | urgent | nouveaux patients | nouveaux clients | vous vous déplacez | vous déplacez
        pt: disponível | disponíveis | disponibilidade | vaga | vagas | horário | horários | livre | aberto | abertos | estoque | em stock | esgotado | urgente | urgência | atendem | atende | fazem em | vocês vão
        nl: beschikbaar | beschikbaarheid | nog vrij | vrij | plek | plekje | plekken | plaats | ruimte | open | geopend | openingstijden | op voorraad | uitverkocht | spoed | dringend | nieuwe patiënten | nieuwe klanten | langskomen | langs komen
        it: disponibile | disponibili | disponibilità | libero | libera | liberi | posto | posti | un posto | aperto | aperti | orari | orario | in magazzino | esaurito | urgente | urgenza | nuovi pazienti | ancora disponibile | venire

        [booking-ask + booking 6]
        # Round 9: asking to be taken on a day ("pouvez-vous me prendre jeudi ?", "can I get in with Jo Friday", "me hacéis un
        # hueco", "me encaixa sábado?", "mi prendete lunedì?", "nehmt ihr mich Freitag dran?", "kunnen jullie mij inplannen"):
        # a booking for the speaker.
        en: can i get in with | can i get in on | can we get in on | can you take me | could you take me | can you see me | could you see me | get me in on | squeeze us in | fit us in on
        es: me pueden atender el | me podéis atender el | me atienden el | me cogéis | me podéis coger | me hacéis un hueco | me hacen un hueco | hacerme un hueco | hacernos un hueco
        fr: me prendre | nous prendre | vous me prenez | vous nous prenez | me caser | nous caser | me glisser
        pt: me encaixa | me encaixam | consegue me encaixar | conseguem me encaixar | dá pra me encaixar | nos encaixam | consegue nos encaixar
        it: mi prendete | mi potete prendere | ci prendete | ci potete prendere | mi fate posto | ci tenete la | ci tenete il | ci tenete un | ci tenete una | mi inserite | mi potete inserire
        de: nehmt ihr mich | nehmen sie mich | könnt ihr mich ~ nehmen | drannehmen | dran nehmen | dazwischenschieben | einschieben | schiebt ihr mich
        nl: kunnen jullie mij ~ inplannen | kunt u mij ~ inplannen | inplannen | mij ertussen | ons ertussen | tussendoor nemen

        # Round 8: put me down for a slot, said as an imperative with the speaker as object ("marca eu pra sexta",
        # "já deixa marcado", "anótame para el sábado").
        pt: marca eu | marca pra mim | marca para mim | me marca | deixa marcado | deixar marcado | deixa agendado | deixar agendado | agenda pra mim | me encaixa | encaixa eu | me encaixem
        es: anótame | apúntame | me anotas | me apuntas | déjame apuntado | déjame anotado | resérvame | me guardas un turno
        it: segnami | mi segni | prenotami | tienimi un posto | mettimi in agenda
        fr: notez moi | inscrivez moi | réservez moi | mettez moi pour | note moi | inscris moi
        de: trag mich ein | tragt mich ein | tragen sie mich ein | merkt mich vor | merken sie mich vor | reserviert mir
        nl: zet me op | schrijf me in | noteer me | zet mij op | schrijf mij in | reserveer voor mij
        en: pencil me in | put me in for | book me in | get me in for | slot me in

        # Round 7: holding dates and putting the customer in the calendar (a review that books the next job).
        en: block the dates | block out the dates | hold the dates | pencil us in | pencil me in | book us in | schedule us in | put us down for
        fr: bloquer les dates | bloquer la date | bloquer ~ dates | bloquer ~ chambres | réserver les dates
        es: apartar ~ fechas | bloquear ~ fechas | reservar las fechas | apartar ~ habitaciones | agéndenme | agendarnos
        pt: segurar ~ datas | bloquear ~ datas | reservar as datas | agendem
        de: einplanen | einzuplanen | vormerken | vorzumerken | termine blocken
        nl: inplannen | in te plannen | inboeken | datum vastleggen | data vastleggen | data blokken
        it: bloccare ~ date | bloccare ~ camere | bloccare ~ camera | fermare ~ date | tenere ~ date

        de: *termin | *termine | *reservierung | *buchung
        nl: *afspraak | *afspraken | afspraak* | *reservering | *boeking

        de: nach ~ termin | frag ~ termin | fragen ~ termin

        es: pedir hora | reservar hora | sacar hora | una hora para

        en: book us in | get us booked | put us down | get a slot | grab a slot

        es: reservamos | lo reservamos | reservemos | sacar turno | pedir turno | un turno | sacar cita

        de: termin machen | einen termin machen | buchst du

        fr: on réserve | je réserve | réservons | prendre rdv | prendre rendez vous | on prend rdv

        pt: marcação | uma marcação | fazer uma marcação | marcamos | bora marcar | agendei | agendamos | marcar horário

        nl: reserveer | ik reserveer | reserveren we | boeken we | zullen we boeken | een afspraak maken | afspraak inplannen | intake

        it: prenotiamo | prenotate | prenotami

        it: fissare | fissare una | bloccare la data | prenoto io | prenotiamo | programmare

        nl: vastleggen | vast leggen | datum vastleggen | leggen _ vast | leggen we _ _ vast | inplannen | ik boek | boek ons

        pt: marcar uma | garantir a data | fechar a data | reservo | agendar uma

        fr: réserver la date | bloquer la date | caler | caler un | je réserve | je nous réserve | planifier

        de: vereinbaren | termin vereinbaren | festhalten | datum festhalten | ich buch | ich buche | buch uns | buche uns | reserviere

        es: agendar | agendar una | reservar la fecha | reservar fecha | bloquear la fecha | apartar la fecha | apartar | reservo | yo reservo

        en: book a call | book a demo | schedule a call | schedule a demo | set up a call | hop on a call | hold the date | lock in | pencil in | secure the date | i ll book | shall i book | should i book
        en: booked | booked in | book | booking | bookings | to book | book in | book a | book for | can i book | can we book | reserve | reservation | reservations | appointment | appointments | appt | table for | a table | table tonight | trial class | trial session | trial lesson | first class free | first class | free class | taster | taster session | try a class | try out | view the | to view | see the flat | see the house | private hire | hire the | host | hold a | start next | to start | want to start | like to start | 1 2 1 | one to one
        es: reservar | reserva | reservas | cita | citas | pedir cita | mesa para | una mesa | mesa | turno | clase de prueba | clase gratis | primera clase | visitar | ver el piso | celebrar | cena para | comida para
        de: buchen | buchung | reservieren | reservierung | termin | termine | einen termin | tisch für | einen tisch | probetraining | probestunde | probetermin | besichtigung | besichtigen | feier | feiern
        fr: réserver | réservation | réservations | rendez vous | rdv | table pour | une table | cours d essai | séance d essai | essai gratuit | premier cours | visiter
        pt: reservar | reserva | reservas | marcar | agendar | agendamento | horário para | mesa para | uma mesa | aula experimental | aula grátis | primeira aula | visitar | começar
        nl: boeken | reserveren | reservering | afspraak | een afspraak | tafel voor | een tafel | proefles | proeftraining | gratis les | bezichtiging | bezichtigen | terecht | organiseren
        it: prenotare | prenotazione | prenotazioni | prenoto | appuntamento | un appuntamento | tavolo per | un tavolo | lezione di prova | prova gratuita | prima lezione | visitarlo | visitarla | visitare

        [sign-up + purchase 5]
        # Round 7: how one enrols ("come ci si iscrive", "comment on s'inscrit").
        en: how do we sign up | how does one sign up | how to sign up | how do i enrol | how to enrol
        es: cómo me inscribo | cómo nos inscribimos | cómo se inscribe | como inscribirse | cómo apuntarse | cómo me apunto
        fr: comment s inscrire | comment on s inscrit | comment je m inscris | comment s inscrit on
        pt: como me inscrevo | como faço a inscrição | como se inscreve | como inscrever
        de: wie meldet man sich an | wie melde ich mich an | wie kann ich mich anmelden | wie anmelden
        nl: hoe schrijf ik me in | hoe schrijf je je in | hoe meld ik me aan | hoe kan ik me inschrijven
        it: come ci si iscrive | come mi iscrivo | come iscriversi | come ci iscriviamo | ci si iscrive | si iscrive

        # Round 6: enrolling (sign up, inschrijven, anmelden, inscribirse): the labels call asking how to sign up a purchase.
        en: sign us up for | sign up | signup | sign me up | join | joining | enrol | enroll | register
        es: me anoto | nos anotamos | anotarme | apuntarme | apuntarnos | inscribirme | inscripción | matrícula
        de: meldest du uns | melde uns an | meld uns an | meldet uns an | meldest uns an | anmelden | anmeldung
        fr: on s inscrit | m inscrire | inscription | s inscrire
        it: ci iscriviamo | iscriviamoci | iscrivermi | iscrizione
        pt: me inscrever | inscrição | matrícula
        nl: inschrijven | aanmelden

        [booking-noun + booking 3]
        # Round 7: service compounds in -wechsel (a tyre change is a service, not leaving a provider).
        de: reifenwechsel | ölwechsel | radwechsel | räderwechsel | batteriewechsel | filterwechsel | bremsflüssigkeitswechsel


        it: una demo | demo | una call | una videochiamata | la data

        nl: een demo | demo | een call | een gesprek | de datum

        pt: uma demo | demo | uma call | uma chamada | uma reunião | a data

        fr: une démo | démo | un call | un appel | un rendez vous | la date

        de: eine demo | demo | einen call | ein call | videocall | den termin | das datum

        es: una demo | demo | una llamada | una videollamada | la fecha

        en: demo | demos | a demo | demo call | a call | quick call | video call | the date | a date
        en: class | classes | lesson | lessons | session | sessions | consultation | consult | membership | viewing | a viewing | day pass | day passes | tasting | christening | reunion | pt session | course | workshop | treatment
        es: clase | clases | sesión | consulta | visita | membresía
        de: kurs | kurse | sitzung | beratung | mitgliedschaft | behandlung
        fr: cours | séance | consultation | visite | soin
        pt: aula | aulas | sessão | consulta | visita | quarto
        nl: lessen | sessie | consult | lidmaatschap | behandeling
        it: lezione | lezioni | seduta | consulenza | visita | stanza | corso

        [future-visit + booking 3]
        en: come back | coming back | be back | back for | visiting again | visit again | return in | come again | coming in | coming over | pop in | stay again | next time i m | when i m in town | in town | coming down
        es: volver | volveremos | vuelvo | repetir | repetiremos | vendremos
        de: wiederkommen | kommen wieder | wieder kommen | nochmal kommen
        fr: revenir | reviendrons | reviendrai | repasser
        pt: voltar | voltamos | voltaremos | voltarei | regressar
        nl: terugkomen | komen terug | kom terug | nog eens komen
        it: tornare | torneremo | tornerò | ritornare

        en: can t wait | cant wait
        [timing + none]
        # Round 7: seasons named for a plan ("im Herbst ist das Treppenhaus dran", "in het voorjaar").
        en: in spring | in the spring | in autumn | in the autumn | in the summer | this summer | this autumn | this spring | in the new year
        es: en otoño | en primavera | en verano | en invierno | este verano | este otoño | esta primavera
        fr: à l automne | cet automne | au printemps | ce printemps | cet été | cet hiver | en automne
        pt: no outono | na primavera | no verão | no inverno | neste verão | nesta primavera
        de: im herbst | im frühling | im frühjahr | im sommer | im winter | diesen sommer | diesen herbst
        nl: in het najaar | in het voorjaar | deze zomer | in de zomer | deze winter | dit najaar | dit voorjaar
        it: in autunno | in primavera | quest estate | in estate | quest inverno | in inverno

        # Round 7: holiday periods are a time for a plan ("on revient pour les vacances", "torniamo a Ferragosto").
        en: the holidays | half term | bank holiday | easter holidays | summer holidays
        fr: vacances | les vacances | vacances scolaires | toussaint | la toussaint
        es: vacaciones | semana santa | las vacaciones
        de: ferien | sommerferien | herbstferien | osterferien
        pt: férias | nas férias
        nl: vakantie | zomervakantie | herfstvakantie | kerstvakantie
        it: vacanze | ferragosto | a ferragosto | le vacanze

        es: buenas tardes | por la tarde | de la tarde | a la tarde | a la mañana | por la mañana
        pt: boa tarde | à tarde | a tarde | fim da tarde | ao fim da tarde | de manhã | à noite
        it: nel pomeriggio | di pomeriggio | in mattinata
        de: heuer | ende juli | anfang
        es: finde | finde largo | puente
        en: today | tonight | tomorrow | this week | this weekend | next week | next weekend | next month | next year | next summer | next spring | next autumn | next winter | this month | this friday | this saturday | this sunday | this afternoon | this evening | this morning | later today | this time next | before winter | before christmas | christmas | xmas | easter | boxing day | new year | half term | mother s day | mothers day | father s day | valentine* | birthday | anniversary | <year> | on the <num> | by the <num> | in <num> weeks | in <num> days | q1 | q2 | q3 | q4 | year end | monday* | tuesday* | wednesday* | thursday* | friday* | saturday* | sunday* | weekend | weekends | january | february | april | june | july | august | september | october | november | december | jan | feb | sept | oct | nov | dec | in may | in march | this summer | summer | morning | evening | evenings
        es: hoy | esta noche | mañana | pasado mañana | esta semana | este finde | fin de semana | la semana que viene | semana que viene | próxima semana | el mes que viene | próximo mes | el año que viene | navidad | navidades | pascua | cumpleaños | aniversario | lunes | martes | miércoles | jueves | viernes | sábado | domingo | enero | febrero | marzo | abril | mayo | junio | julio | agosto | septiembre | setiembre | octubre | noviembre | diciembre | trimestre
        de: heute | heute abend | morgen | übermorgen | diese woche | dieses wochenende | am wochenende | nächste woche | nächsten monat | nächstes jahr | weihnachten | weihnachtsfeier | ostern | geburtstag | jahrestag | montag | dienstag | mittwoch | donnerstag | freitag | samstag | sonntag | januar | februar | märz | juni | juli | oktober | dezember
        fr: aujourd hui | ce soir | demain | cette semaine | ce week end | le week end | la semaine prochaine | semaine prochaine | le mois prochain | l année prochaine | noël | pâques | anniversaire | lundi | mardi | mercredi | jeudi | vendredi | samedi | dimanche | janvier | février | mars | avril | juin | juillet | août | septembre | octobre | novembre | décembre | rentrée | prochain | prochaine
        pt: hoje | hoje à noite | amanhã | esta semana | este fim de semana | fim de semana | semana que vem | próxima semana | mês que vem | próximo mês | ano que vem | natal | páscoa | aniversário | segunda | terça | quarta | quinta | sexta | sábado | domingo | janeiro | fevereiro | março | maio | junho | julho | agosto | setembro | outubro | novembro | dezembro | nessa altura
        nl: vandaag | vanavond | morgen | overmorgen | deze week | dit weekend | volgende week | volgende maand | volgend jaar | kerst | kerstmis | pasen | sinterklaas | verjaardag | maandag | dinsdag | woensdag | donderdag | vrijdag | zaterdag | zondag | januari | februari | maart | mei | juni | juli | augustus | oktober
        it: oggi | stasera | domani | dopodomani | questa settimana | questo weekend | la prossima settimana | settimana prossima | il mese prossimo | mese prossimo | l anno prossimo | natale | pasqua | compleanno | anniversario | lunedì | martedì | mercoledì | giovedì | venerdì | sabato | domenica | gennaio | febbraio | marzo | aprile | maggio | giugno | luglio | settembre | ottobre | novembre | dicembre | cresima | comunione

        [party-size + booking 2]

        en: family of three | family of five | family of six | three of us | four of us | five of us | six of us | two of us
        en: for <num> | party of <num> | group of <num> | <num> of us | <num> people | <num> guests | <num> adults | <num> kids | <num> children | <num> pax | <num> staff | <num> users | <num> employees | <num> seats | for two | for four | for six | family of <num> | family of four
        es: para <num> | <num> personas | <num> invitados | <num> niños | <num> empleados | <num> usuarios | somos <num>
        de: für <num> | <num> personen | <num> gäste | <num> mitarbeiter | mit <num>
        fr: pour <num> | <num> personnes | <num> invités | <num> enfants | <num> utilisateurs | <num> salariés | nous serons <num>
        pt: para <num> | <num> pessoas | <num> convidados | <num> crianças | <num> funcionários | <num> usuários | somos <num>
        nl: voor <num> | <num> personen | <num> gasten | <num> kinderen | <num> medewerkers | met <num> personen | met <num>
        it: per <num> | <num> persone | <num> ospiti | <num> bambini | <num> dipendenti | siamo in <num>

        [contact-sent + contact 5]

        de: hab euch ~ mail | habe euch ~ mail | hab euch ~ nachricht | habe euch ~ nachricht | hab euch ~ pn | hab ihnen ~ mail | habe ihnen ~ mail

        nl: heb jullie ~ gemaild | heb jullie ~ gestuurd

        es: os he ~ correo | les mandé ~ correo | les escribí ~ correo

        en: whatsapped you | messaged on whatsapp | sent on whatsapp | texted | dm is in | email is in

        es: te hablé al whats | te escribí al whats | mandé whats | por whatsapp | al whatsapp | te hablé por

        de: pn ist raus | pn raus | mail ist raus | dm ist raus | nachricht ist raus | hab dir ne pn | hab euch ne pn | per whatsapp geschrieben | ihr habt post

        fr: je vous ai écrit sur | écrit sur whatsapp | envoyé sur whatsapp | je vous ai laissé un message

        pt: chamei no zap | chamei no whats | chamei no whatsapp | mandei no zap | mandei no whats | chamei vocês | te chamei no | mandei zap | chamei

        nl: appje gestuurd | heb geappt | ge appt | berichtje via whatsapp | via whatsapp gestuurd

        it: scritto su whatsapp | scritto su | vi ho scritto su | scritto in privato | mandato su whatsapp

        en: inbox ! | inbox me | check inbox
        en: dm d | dmd | dm d you | dm ed | dmed | dm sent | dms sent | sent a dm | sent you a dm | sent you a message | sent you a pm | sent a message | sent a pm | sent you an email | sent an email | sent you an e mail | sent you a mail | emailed you | emailed | e mailed | messaged you | messaged | just messaged | pm sent | pm d | pmd | pm ed | inboxed | inboxed you | check your dms | check your dm | check your inbox | check your messages | check your email | dm ing | dming | messaging you now | connection request | via the contact form | contact form | filled in the form | left a message | left you a voicemail | texted you | whatsapped
        es: te mandé | os mandé | le mandé | les mandé | te envié | os envié | te escribí | os escribí | os escribo | te escribo | les escribí | por dm | por privado | al privado | por md | md enviado | mensaje enviado | revisa tu dm | revisad el dm
        de: dm geschickt | nachricht geschickt | mail geschickt | e mail geschickt | geschrieben | pn geschickt | habe euch geschrieben | schaut in eure | euch eine dm
        fr: mp envoyé | message envoyé | mail envoyé | envoyé un mail | envoyé un message | envoyé un mp | envoyé un e mail | je vous ai écrit | je t ai écrit | en mp | en privé | dm envoyé
        pt: mandei mensagem | mandei dm | mandei direct | mandei inbox | mandei um email | mandei e mail | te chamei | chamei no direct | chamei no privado | enviei mensagem | enviei um email | enviei | no direct | no privado | no inbox | olha o direct
        nl: mail is gestuurd | mail gestuurd | bericht gestuurd | dm gestuurd | pb gestuurd | gemaild | ge mailed | ge pm d | heb jullie gemaild | heb een bericht | berichtje gestuurd
        it: vi ho scritto | ti ho scritto | vi ho mandato | ti ho mandato | ho inviato | in direct | in dm | in privato | messaggio privato | vi ho inviato | scritto in direct
        en: dropped you a message | dropped you a line
        es: he mandado | os he mandado | te he mandado | he enviado | os he enviado | te he enviado | os he escrito | te he escrito | un privado | mandado un privado | enviado un mensaje
        fr: ai envoyé | je vous ai envoyé | message privé | je t ai envoyé
        pt: te mandei | mandei uma mensagem
        de: nachricht gesendet | mail gesendet | eine mail geschickt | eine nachricht geschickt
        nl: een mail gestuurd | een bericht gestuurd
        it: ho mandato | ho scritto | messaggio in privato | vi ho mandato un messaggio
        en: sent ~ message | sent ~ email | sent ~ e mail | sent ~ mail | sent ~ dm | sent ~ pm | sent ~ text | sent ~ inbox | dropped ~ message | dropped ~ line | dropped ~ dm | messaged ~ about | emailed ~ about | reached out ~ dm
        es: mandado ~ privado | mandado ~ mensaje | mandé ~ mensaje | enviado ~ mensaje | envié ~ mensaje | escrito ~ privado | escrito ~ dm
        fr: envoyé ~ message | envoyé ~ mail | envoyé ~ mp | envoyé ~ e mail | écrit ~ privé
        pt: mandei ~ mensagem | mandei ~ direct | mandei ~ email | enviei ~ mensagem | enviei ~ email | chamei ~ direct
        de: habe ~ geschrieben | habe ~ geschickt | hab ~ geschrieben | hab ~ geschickt | habe ~ gemailt
        nl: heb ~ gestuurd | heb ~ gemaild | heb ~ geappt
        it: ho ~ scritto | ho mandato ~ messaggio | ho inviato ~ mail | ho inviato ~ messaggio

        [callback-promise + booking 4]
        # Round 9: hiring the business again for a next job, told by a satisfied customer in every language (English had "have
        # them back"; "on vous refera appel au printemps", "vi richiameremo per il bagno"): a plan for more work.
        en: want you back | hire you again | get you back in | have you guys back
        es: os volveremos a llamar | les volveremos a llamar | volveremos a contar con | contaremos con ustedes | contaremos con vosotros | os llamaremos de nuevo
        fr: on vous refera appel | nous ferons de nouveau appel | on refera appel à vous | on vous rappellera pour | on vous reprendra
        pt: vamos chamar vocês de novo | voltaremos a contratar | vamos contratar de novo | vamos chamar de novo | chamaremos vocês
        it: vi richiameremo | vi chiameremo di nuovo | torneremo a chiamarvi | vi richiamiamo per | vi ricontatteremo per
        de: holen euch wieder | buchen euch wieder | beauftragen wir euch wieder | wir melden uns wieder für | kommen wieder auf euch zu
        nl: vragen jullie weer | schakelen jullie weer in | boeken jullie weer | bellen jullie weer voor | komen weer bij jullie

        # Round 7: colloquial forms of "I'll be in touch".
        de: ich meld mich | meld mich | ich meld mich wegen | wir melden uns | melden uns wegen
        nl: ik meld me | ik meld me wel | we laten van ons horen
        es: les escribo | te escribo para | les aviso para
        it: vi scrivo | vi scrivo per | ci sentiamo per
        fr: je vous écris pour | je reviens vers vous | on revient vers vous
        pt: mando mensagem para | vou mandar mensagem | entro em contacto
        en: i ll be in touch about | will be in touch about | i ll message you | i ll drop you a message


        en: i ll ring | i will ring | will ring | i ll call you | i will call you | will call you | i ll give you a call | i ll give you a ring | i ll be in touch | will be in touch | i ll phone | get a date in | fix a date | sort a date | book them again | want them back | have them back | have you back | use them again

        es: os llamo | te llamo | les llamo | los llamo | les escribo para | me pondré en contacto | os volveremos a llamar | volveremos a contar con

        de: ich melde mich | melde mich | ich rufe an | ich ruf an | ich rufe euch an | ich rufe sie an | wegen eines termins | wegen einem termin | euch wieder | wieder beauftragen

        fr: je vous appelle | je vous rappelle | je vous recontacte | je vous contacte | vous ravoir | vous reprendre | refaire appel | on vous rappelle

        pt: eu ligo | te ligo | vou ligar | ligo pra vocês | ligo para vocês | entro em contato | pedi horário | quero ele de novo | quero vocês de novo

        nl: ik bel jullie | ik bel u | ik bel | ik neem contact op | ik laat van me horen | jullie weer | opnieuw boeken

        it: vi chiamo | ti chiamo | vi richiamo | vi contatto | mi faccio sentire | per fissare | vi richiamerò


        [contact-ask + contact 5]
        # Round 9: the person in charge asked for ("who is the sales rep for", "il referente commerciale", "quem é o comercial
        # responsável pelo") and a polite third-person "could contact me" ("potrebbe contattarmi", "podría contactarme").
        en: who is the sales rep | who s the sales rep | your sales rep | sales contact | who handles | who is responsible for | who s responsible for | who looks after | someone from sales
        es: quién es el comercial | el comercial de | comercial de zona | quién se encarga de | podría contactarme | me podría contactar | alguien de ventas | alguien del departamento comercial
        fr: qui est le commercial | votre commercial | le commercial de | qui s occupe de | pourrait me contacter | pourriez vous me contacter | quelqu un du service commercial
        pt: quem é o comercial | o comercial responsável | quem cuida de | quem cuida do | quem cuida da | poderia me contatar | poderia me contactar | alguém do comercial
        it: il referente | referente commerciale | chi è il referente | il commerciale di | chi si occupa di | potrebbe contattarmi | può contattarmi | mi può contattare | mi potrebbe contattare | qualcuno del commerciale
        de: wer ist ~ zuständig | zuständigen ansprechpartner | wer kümmert sich um | könnte mich ~ kontaktieren | kann mich ~ kontaktieren | jemand vom vertrieb
        nl: wie is de accountmanager | wie kan ik ~ spreken | wie kan ik hierover | contactpersoon voor | wie gaat over | kan mij ~ contacteren | iemand van sales | iemand van verkoop



        # Round 6: asking whom to contact (who can I speak to, quem posso contactar, an wen kann ich mich wenden).
        en: who can i contact | who should i contact | who can i speak to | who do i speak to | who s best to speak to | who is best to speak to | who should i talk to
        es: a quién puedo contactar | con quién puedo hablar | con quién hablo | a quién le escribo
        de: an wen kann ich mich ~ wenden | an wen wende ich mich | wer ist ansprechpartner | wer wäre ansprechpartner | wen kann ich kontaktieren
        fr: à qui puis je m adresser | à qui dois je m adresser | qui contacter | qui puis je contacter
        pt: quem posso contactar | quem posso contatar | com quem posso falar | com quem falo
        nl: wie kan ik contacteren | bij wie kan ik terecht | wie kan ik bellen | met wie kan ik spreken
        it: a chi posso rivolgermi | chi posso contattare | con chi posso parlare


        it: potete ~ richiamare | mi richiamare | richiamarmi | potete ~ chiamare


        fr: me ~ rappeler | pouvez vous me rappeler


        de: mich ~ zurückrufen | mich ~ anrufen


        pt: me ~ ligar | me ~ retornar


        es: me ~ llamar | me ~ devolver la llamada


        nl: mij ~ terugbellen | me ~ terugbellen | mij ~ bellen


        es: alguien me puede responder | alguien me responde | alguien que me responda


        pt: alguém me responde | alguém responde | me retornem | me retorna


        it: mi richiamate | richiamatemi | mi ricontattate | mi richiamereste


        es: me devuelven la llamada | me llaman


        de: ruft ihr mich zurück | rufen sie mich zurück


        fr: vous me rappelez


        nl: bellen jullie me terug | belt u mij terug

        en: reach you | best number | number to reach | best way to reach | best email | want to talk | like to talk | love to talk | happy to talk | chat about | have a chat | a quick chat
        en: call me | ring me | phone me | text me | email me | e mail me | contact me | contact us | get in touch | be in touch | reach me | reach out | call back | callback | call me back | give me a call | give us a call | can someone call | someone call me | someone to call | can someone contact | someone get in touch | someone to get in touch | can you call | could you call | please call | pls call | my number | number is | number on file | call me on | <phone> | <email> | speak to | speak with | talk to | talk with | person to speak to | who should i speak to | who s the best person | who handles | who can i | who do i contact | best person | get back to me | pop round | pop over | come and look | come look | have a look | take a look | help with | can you help | could you help | help me | need help
        es: llamadme | llámame | llámenme | me podéis llamar | me pueden llamar | contactadme | contáctenme | contactarme | escribidme | escríbanme | mi número | mi teléfono | que alguien me | alguien me llame | alguien me contacte | alguien me confirme | hablar con | ponerse en contacto | me ayudáis | podéis ayudarme
        de: rufen sie mich an | ruft mich an | ruf mich an | melden sie sich | meldet euch | melde dich | kontaktieren sie mich | kontaktiert mich | rückruf | zurückrufen | bitte melden | meine nummer | sprechen mit | ansprechpartner | könnt ihr helfen | können sie helfen
        fr: appelez moi | appelez nous | rappelez moi | contactez moi | contactez nous | me contacter | nous contacter | me rappeler | me joindre | mon numéro | parler à | parler avec | un interlocuteur | pouvez vous m aider | vous pouvez m aider
        pt: me liguem | liga me | ligue me | me ligue | me chamar | me chamem | me chama | chama no direct | chama no privado | chama inbox | me contatem | entrem em contato | entre em contato | meu número | meu contato | falar com | podem me ajudar | alguém me responda | alguém me respondesse
        nl: bel me | bel mij | bellen | terugbellen | bel me terug | contact opnemen | neem contact op | neem contact met mij op | mail me | mijn nummer | spreken met | iemand spreken | kunnen jullie helpen | kunt u helpen
        it: chiamatemi | chiamami | mi chiamate | mi chiamereste | contattatemi | contattami | ricontattarmi | ricontattatemi | richiamarmi | richiamatemi | mi contattate | il mio numero | parlare con | parlare col | potete aiutarmi | mi potete aiutare

        [purchase-ask + purchase 4]
        # Round 9: "keep me …" with goods and pre-orders ("mi tenete 3 pastiere?", "vorbestellen", "précommander").
        it: mi tenete | me tenete | preordinare | preordine
        de: vorbestellen | vorbestellung | vorbestell*
        fr: précommander | précommande | en précommande
        es: precompra | preventa | reservar en preventa
        pt: pré venda | pré encomenda | fazer uma pré encomenda
        nl: voorbestellen | voorbestelling | vooraf bestellen

        # Round 9: Dutch "zet … apart" sets aside too ("zet voor mij twee apart").
        nl: zet voor mij | zet ~ apart | zet ~ voor mij apart | zetten jullie ~ apart


        # Round 9: set it aside for me, get one in for me ("mettetemi da parte", "leg voor mij apart", "can you get me"): an order.
        en: put one aside for me | put it aside for me | put aside for me | set aside for me | keep one for me | save me one | save one for me | hold one for me | put one by | can you get me | could you get me | can you order me | order one in for me | order me
        es: apártame | apártenme | apartame | guárdame | guárdenme | guardame | me guardas | me guardan | me guardáis | me apartas | me apartan | me apartáis | sepárame | sepárenme | me separas | me separan | me consigues | me consiguen | me pueden conseguir
        fr: mettez moi de côté | mets moi de côté | me mettre de côté | me mettez de côté | gardez moi | garde moi | vous me gardez | tu me gardes | vous pouvez me commander | pouvez vous me commander | vous pouvez me trouver
        pt: separa pra mim | separa para mim | separem pra mim | separem para mim | guarda pra mim | guarda para mim | guardem pra mim | me guarda | me guardam | me separa | me separam | me arranja | me arranjam | conseguem me arranjar
        it: mettetemi da parte | mi mettete da parte | mettimi da parte | mi metti da parte | tenetemi | mi tenete da parte | tienimi | mi tieni da parte | da parte per me | mi procurate | mi potete procurare | mi ordinate | potete ordinarmi
        de: legt mir | leg mir | legen sie mir | zurücklegen | mir zurück | haltet mir | halten sie mir | besorgt mir | besorgen sie mir | könnt ihr mir ~ besorgen | können sie mir ~ besorgen | bestellt ihr mir
        nl: leg voor mij | leg ~ apart | leg ~ voor mij apart | apart leggen | apartleggen | houd ~ apart | hou ~ apart | houden jullie ~ apart | voor mij apart | bewaar ~ voor mij | kunnen jullie voor mij ~ bestellen



        de: bräuchten jemanden | brauchen jemanden | bräuchte jemanden | suchen jemanden | suche jemanden

        es: necesitamos a alguien | necesito a alguien | buscamos a alguien

        fr: cherchons quelqu un | cherche quelqu un | besoin de quelqu un

        pt: precisamos de alguém | preciso de alguém | procuramos alguém

        nl: zoeken iemand | zoek iemand | hebben iemand nodig

        it: cerchiamo qualcuno | cerco qualcuno | serve qualcuno

        # An order placed now in the first person (present or near future): the act of buying itself.
        en: i ll order | we ll order | i m ordering | we re ordering | i ll take | we ll take | i ll buy | we ll buy | i ll get one | we ll get one
        nl: ik bestel | bestel ik | we bestellen | wij bestellen | ik neem er | ik koop | we kopen
        de: ich bestelle | bestelle ich | wir bestellen | ich nehme | ich kaufe | wir kaufen
        fr: je commande | on commande | nous commandons | je prends | je le prends | je la prends | j achète | on achète
        es: lo pido | te lo pido | pido yo | pedimos | me lo llevo | me los llevo | lo compro | los compro | compro yo
        pt: eu encomendo | encomendo | encomendamos | eu compro | vou encomendar | vamos encomendar | vou comprar | vamos comprar | eu levo
        it: ordino | ordiniamo | lo prendo | li prendo | prendo io | lo compro | compro io | lo prendiamo | li prendiamo

        en: need someone to | we need someone to | looking for someone to

        en: pay in instalments | pay in installments | pay monthly | klarna | take new clients | taking new clients | taking on new clients

        es: en cuotas | pagar a plazos | aceptan nuevos clientes | aceptáis nuevos clientes

        de: in raten | nehmt ihr neue | nehmen sie neue

        fr: en plusieurs fois | paiement en plusieurs | prenez vous de nouveaux clients

        pt: parcelar | em prestações | aceitam novos clientes

        it: pagare a rate | rateizzare | seguite anche | prendete nuovi clienti | accettate nuovi clienti

        nl: nemen jullie nieuwe klanten

        it: come si ordina | come si compra | come faccio a | come posso ordinare | come posso comprare | dove posso comprare

        nl: hoe bestel ik | hoe kan ik bestellen | waar kan ik kopen

        pt: como faço pra | como peço

        fr: comment commander | comment acheter | comment faire pour | où acheter

        de: wie bestelle ich | wie kann ich bestellen | wo kann ich kaufen | läuft das über | nehmen | buchen über

        es: cómo pido | cómo hago para | cómo hago el pedido | dónde puedo comprar

        en: how do i get | how can i get | where do i
        en: do you do | do u do | do you guys do | do you offer | do u offer | do you sell | do you make | do you stock | do you carry | do you supply | do you fit | do you install | do you deliver | do u deliver | do you ship | do you post | do you cater | do you run | do you take | do u take | do you accept | do you work with | do you handle | do you also | do you have this | do you have these | do you have it | have this in | this in a | in a size | in size | can you do | can u do | could you do | can you make | could you make | can you deliver | can you supply | can you fit | can i order | can i buy | can i get | can i reorder | can i pay | where can i buy | where can i get | where can i order | how do i order | how can i order | how do i buy | how do i sign up | how do i join | how do i pay | how to order | how to buy | want to buy | want to order | wanna buy | wanna order | like to order | like to buy | i d buy | i would buy | i ll take | i ll buy | i want one | i want this | want this | need this | need these | need one | take my money | shut up and take | ready to buy | about to buy | about to order | about to check out | interested | i m interested | im interested | very interested | interested in | info | infos | information | more info | more details | details | link ? | size ? | deliver to | ship to | ship internationally | free trial | return window | returns policy | return policy | exchange policy | reorder | pre order | preorder | bulk order | same as last time | same one | one of these | two of these | for sale
        es: hacéis | hacen | hacéis envíos | hacen envíos | envío a | envían a | enviáis | vendéis | venden | lo tenéis | quiero uno | lo quiero | me lo quedo | me interesa | interesada | interesado | interesados | info | información | más info | pedir uno | pedir una | quiero pedir | puedo pedir | para pedir | hacer un pedido | comprar | encargar | encargo | para regalar | cómo compro | cómo pido | dónde compro | lo venden
        de: macht ihr | machen sie | bietet ihr | bieten sie | verkauft ihr | gibt es das | gibt s das | gibt es | gibt s | gibts | liefert ihr | liefern sie | versendet ihr | bestellen | kaufen | möchte bestellen | möchte kaufen | will haben | interesse | großes interesse | interessiert | in größe | info | infos | vorrätig
        fr: vous faites | faites vous | vous proposez | proposez vous | vous vendez | vous livrez | livrez vous | expédiez | commander | acheter | je la veux | je le veux | je voudrais | j aimerais | intéressé | intéressée | intéressés | ça m intéresse | ca m interesse | m intéresse | infos | info | en vente
        pt: vocês fazem | fazem | vendem | entregam | enviam | encomendar | comprar | queria | quero o | quero a | tenho interesse | interessada | interessado | interesse | info | informações | como compro | como faço para | onde compro
        nl: doen jullie | doen jullie ook | verkopen jullie | leveren jullie | bezorgen jullie | verzenden jullie | bestellen | kopen | wil graag | graag een | graag info | graag meer | graag de | graag het | interesse | geïnteresseerd | info | te koop
        it: fate | fatte | fai | fate anche | vendete | consegnate | spedite | ordinare | ordinazione | su ordinazione | comprare | acquistare | mi interessa | interessata | interessato | interessati | info | informazioni | mi servirebbe | mi servono
        en: size ? | sizes ? | delivery ? | shipping ? | postage ? | stock ? | trial ? | colours ? | colors ?
        es: talla ? | tallas ? | envíos ? | envío ? | enlace ?
        de: größe ? | größen ? | versand ? | lieferung ?
        fr: taille ? | tailles ? | livraison ? | lien ?
        pt: tamanho ? | tamanhos ? | entrega ? | frete ?
        nl: maat ? | maten ? | bezorging ? | verzending ?
        it: taglia ? | taglie ? | spedizione ? | consegna ?

        [purchase-topic ~ purchase 3]
        en: link | size | sizes | sizing | delivery | deliveries | shipping | postage | returns | checkout | check out | order | orders | ordering | mileage | service history | trial
        es: envíos | talla | tallas | pedido | enlace | envío
        de: versand | lieferung | lieferzeit | bestellung | größe | größen
        fr: livraison | livraisons | envoi | commande | taille | tailles | lien
        pt: entrega | entregas | envio | frete | encomenda | tamanho | tamanhos
        nl: levertijd | bezorging | verzending | bestelling | maat | maten
        it: spedizione | spedizioni | consegna | ordine | taglia | taglie

        [question-opener + none]
        en: do you | do u | do ya | do you guys | can you | can u | could you | can i | could i | can we | could we | is there | are there | is it possible | would you | will you | are you | r u | have you got | got any | any chance | what s your | whats your | what are your | what is your | how long | when can | when could | does it | is this | is that | anyone know if | does anyone know if | do they | genuinely asking | quick question
        es: podéis | pueden | puedo | podemos | se puede | hay | es posible | sabéis si | cuánto tarda | cuándo
        de: könnt ihr | können sie | kann ich | können wir | kann man | ist es möglich | möglich | weiß jemand | wann | wie lange
        fr: pouvez vous | vous pouvez | est ce que | est il possible | possible | je peux | on peut | peut on | quand | combien de temps
        pt: vocês podem | podem | posso | podemos | é possível | dá para | da pra | tem como | quando | quanto tempo
        nl: kunnen jullie | kan ik | kunnen we | kan je | kun je | kunt u | is het mogelijk | mogelijk | wanneer | hoe lang
        it: potete | posso | possiamo | si può | è possibile | possibile | c è | ci sono | quando | quanto tempo
        es: tenéis | tienen | tenés | tienes
        de: habt ihr | haben sie | hast du
        fr: vous avez | avez vous | as tu | t as
        pt: vocês têm | têm | tem | vcs tem | vc tem
        nl: hebben jullie | hebben jullie ook | heb je | hebt u
        it: avete | hai

        [need-plan + purchase 1]
        # Round 7: a wish told with a conditional verb of liking ("would love to chat", "me encantaría").
        en: would love to | d love to | would love a | d love a | would like to | d like to
        es: me encantaría | nos encantaría | me gustaría | nos gustaría
        fr: j adorerais | on adorerait
        pt: adoraria | adoraríamos | gostaria | gostaríamos
        de: würde gerne | würden gerne | hätten gerne
        nl: zou graag | zouden graag | zou het leuk vinden | zou heel graag
        it: vorrei tanto | adorerei


        en: looking to | we re looking to | i m looking to | hoping to book






        en: need | needs | needed | i need | we need | need a | need an | need someone | looking for | we re looking | searching for | hunting for | planning | we re planning | plan to | thinking of | thinking about | considering | would like | we d like | i d like | we would like | i would like | want to | wanting to | keen to | hoping to | getting married | engaged | wedding | our wedding | my wedding | party | event | corporate | office | our office | our team | for my | for her | for him | my daughter s | my son s | my mum s | around £ | budget of
        es: necesito | necesitamos | busco | buscamos | estoy buscando | queremos | quisiera | quisiéramos | me gustaría | nos gustaría | boda | nos casamos | me caso | fiesta | evento | para mi | para nuestra | oficina | empresa
        de: brauche | brauchen | benötige | benötigen | suche | suchen | wir suchen | ich suche | möchte | möchten | würde gerne | hätten | hätten gerne | hochzeit | wir heiraten | party | firma | büro | unser büro | für unser | für meine
        fr: besoin | j ai besoin | nous avons besoin | cherche | je cherche | je recherche | nous cherchons | recherche | on cherche | voudrais | voudrions | souhaite | souhaiterais | mariage | on se marie | nous nous marions | fête | événement | bureau | entreprise | pour mon | pour ma
        pt: preciso | precisamos | precisava | procuro | procuramos | estou procurando | queremos | gostaria | gostaríamos | casamento | casamos | vamos casar | festa | evento | escritório | empresa | para o meu | para a minha
        nl: nodig | ik zoek | zoek | zoeken een | we zoeken | wij zoeken | op zoek | willen | zou graag | zouden graag | bruiloft | trouwen | wij trouwen | we trouwen | feest | evenement | kantoor | bedrijf | voor ons
        it: ho bisogno | abbiamo bisogno | bisogno | cerco | cerchiamo | sto cercando | matrimonio | ci sposiamo | mi sposo | festa | evento | ufficio | azienda | per il mio | per la mia

        fr: 
        es: quiero
        fr: je veux
        nl: ik wil | wil ik
        pt: quero

        [tag-plan + purchase 4]
        # Round 9: "who's in?" put to tagged friends ("chi ci sta?", "quem topa?", "wer ist dabei?"): a group plan.
        en: who s in | who is in | who s up for it
        es: quién se apunta | quién se viene | quién se anima | quiénes se apuntan
        fr: qui est partant | qui est partante | qui est chaud | qui est chaude
        pt: quem topa | quem anima | quem tá dentro
        it: chi ci sta | chi si aggiunge | chi è dei nostri
        de: wer ist dabei | wer kommt mit | wer macht mit
        nl: wie doet mee | wie gaat mee | wie is erbij


        # Round 9: a purchase proposed to a tagged friend in the first person plural or handed to them ("on en prend une ?",
        # "compremos", "fechamos?", "ordiniamo", "jij bestelt ik betaal", "ci pensi tu a ordinarla?").
        en: shall we get | should we order | let s order | lets order | shall we order | we ll order one | you order i ll pay | you order i pay | you order and i ll pay | you get it i ll pay
        es: compremos | pidamos | encarguemos | lo pedimos | la pedimos | lo encargamos | la encargamos | pídelo tú | pídela tú | tú pides | tú lo pides | yo pago
        fr: on en prend | on en commande | on la commande | on le commande | on les commande | on en achète | tu commandes | tu la commandes | tu le commandes | je paie | je paye
        pt: fechamos | fechamos ? | vamos pedir | bora pedir | bora encomendar | vamos fechar | encomenda tu | pede tu | você pede | eu pago
        it: la ordiniamo | lo ordiniamo | la prendiamo | li ordiniamo | ordinala | ordinalo | ci pensi tu | pensaci tu | ordini tu | pago io
        de: bestellen wir | bestellen wir uns | nehmen wir die | nehmen wir den | nehmen wir das | du bestellst | bestell du | ich zahle | ich zahl
        nl: bestellen we | zullen we bestellen | jij bestelt | bestel jij | ik betaal | zullen we die nemen


        # Round 7: "no excuses": a push to do it (the negator is the phrase's own word).
        en: no excuses | no excuse this time | no more excuses
        es: no hay excusa | no hay excusas | sin excusas | sin excusa
        fr: pas d excuse | plus d excuse | pas d excuses
        pt: sem desculpa | sem desculpas | não há desculpa
        de: keine ausreden | keine ausrede
        nl: geen excuses | geen smoesjes
        it: niente scuse | nessuna scusa | non ci sono scuse

        # Round 7: a purchase planned in the first person plural (to a tagged friend: "this year we're getting it").
        en: we re getting | we re getting this | we re buying | we should get | we should buy | let s get | lets get
        es: nos lo compramos | nos la compramos | nos los compramos | lo compramos | la compramos | nos lo llevamos | nos la llevamos
        fr: on se le prend | on se la prend | on se l offre | on l achète | on le prend | on la prend | on se le paie
        pt: bora comprar | a gente compra | vamos levar | a gente leva
        de: holen wir uns | kaufen wir uns | das holen wir | das kaufen wir | holen wir | kaufen wir
        nl: halen we | kopen we | nemen we | die halen we | die kopen we
        it: ce lo prendiamo | ce la prendiamo | ce lo compriamo | ce la compriamo | lo compriamo


        it: dobbiamo andarci | dobbiamo | il mio compleanno è | il mio compleanno | per il mio compleanno

        nl: we moeten | mijn verjaardag is | voor mijn verjaardag

        pt: fechou | fechado | vamos nessa | bora nessa | temos que ir | temos que | meu aniversário é | meu niver | pro meu aniversário

        fr: on se le fait | on se fait ça | il faut qu on | faut qu on | on doit | mon anniversaire c est | mon anniv | pour mon anniv

        de: gönnen wir uns | wir gönnen uns | gönnen uns | müssen wir | wir müssen | da müssen wir hin | mein geburtstag ist | zu meinem geburtstag

        es: nos vamos | hay que ir | tenemos que ir | tenemos que probar | mi cumple es | mi cumpleaños es | para mi cumple | planazo | dale

        en: i ll book us | we re doing this | we have to | we need to go | we must | we gotta | my birthday is | for my birthday | drop a hint | dropping hints | subtle hint
        en: we need this | we need these | we need him | we need her | we need them | need this for | shall we | should we | let s | lets | let s go | lets go | let s do | hint | hint hint | take me | take me here | buy me | get me this | get me one | we should | this is us | our next | next date | date night | book us | sign us up | we re going | we are going
        es: vamos | vamos a | deberíamos | nos apuntamos | apuntémonos | llévame | regálame | hacemos | nos hace falta
        de: sollen wir | sollten wir | lass uns | lasst uns | wollen wir | gehen wir | machen wir | brauchen wir
        fr: on y va | on devrait | ça te dit | ca te dit | on le fait | il nous faut
        pt: bora | vamos | partiu | devíamos | precisamos disso | bora fazer | vamos fazer | me leva
        nl: zullen we | laten we | gaan we | moeten we | dit moeten we | doen we
        it: andiamo | facciamo | dovremmo | ci andiamo | famolo | andiamo a farcelo | ci serve

        [switching + switching 9]
        # Round 9: had enough of the provider they have ("done with them", "mir reicht's", "ik ben er klaar mee", "farto da
        # operadora"): the speaker is ready to leave.
        en: done with them | i m done with | im done with | done with my | done with our | had it with | fed up of | sick and tired of | enough is enough
        es: me voy de | me voy del | nos vamos de | nos vamos del | estoy harto | estoy harta | estamos hartos | hasta las narices | ya me cansé | me tienen harto | me tienen harta
        fr: j en ai assez | on en a assez | y en a marre | j en ai ma claque | on en a marre | ça suffit
        pt: estou farto | estou farta | tô farto | tô farta | farto da | farto do | farta da | farta do | cansei de | chega de | não aguento mais | já deu
        it: ne ho abbastanza | ne abbiamo abbastanza | non ne posso più | ne ho piene le scatole | basta con
        de: mir reicht s | mir reichts | uns reicht s | uns reichts | es reicht | die nase voll | hab genug | habe genug | haben genug
        nl: ik ben er klaar mee | we zijn er klaar mee | klaar mee | ik heb het gehad | het gehad met | ben het beu | zijn het beu

        # Round 10: fed up and leaving, told in more forms ("ben klaar met", "ya me harté", "tô largando o banco", "von der
        # Bank wegzugehen", "sto spostando tutto"), and a contractor who vanished with the deposit, leaving work to be taken
        # over ("the builder disappeared with", "sumiu com o sinal", "vous reprenez un chantier commencé ?").
        en: leaving them | moving everything | disappeared with | vanished with | half finished job | half done job | take over a job | finish off a job
        es: me harté | ya me harté | estoy por dejar | pasando todo | desapareció con | se esfumó con | obra empezada | trabajo empezado | trabajos empezados
        fr: je pars chez vous | en train de quitter | a disparu avec | ont disparu avec | chantier commencé | chantiers commencés | travaux commencés
        pt: largando o | largando a | a ponto de largar | sumiu com | sumiram com | desapareceu com | obra começada | obras começadas
        it: sto spostando | sposto tutto | spostare tutto | è sparito con | è sparita con | sono spariti con | lavoro iniziato | lavori iniziati | lasciato a metà
        de: wegzugehen | weggehen von | dabei zu wechseln | mit der anzahlung verschwunden | untergetaucht | angefangene baustelle | angefangene arbeiten
        nl: ben klaar met | zijn klaar met | verdwenen met | half afgemaakt | begonnen klus | klus overnemen

        # Round 9: the current provider let them down or stopped ("our caterer dropped us", "nos dejó tirados", "has retired").
        en: let us down | let me down | dropped us | left us in the lurch | has retired | just retired | retired last | let us go
        es: nos dejó tirados | me dejó tirado | me dejó tirada | nos ha dejado tirados | nos falló | me falló | se jubiló | se ha jubilado
        fr: nous a lâchés | nous a lâché | m a lâché | m a lâchée | nous a laissés tomber | m a laissé tomber | a pris sa retraite | est parti à la retraite | part à la retraite
        pt: nos deixou na mão | me deixou na mão | deixou a gente na mão | se aposentou | aposentou se | vai se aposentar
        it: ci ha lasciati a piedi | mi ha lasciato a piedi | ci ha dato buca | mi ha dato buca | è andato in pensione | è andata in pensione | va in pensione
        de: hat uns hängen lassen | hat mich hängen lassen | im stich gelassen | ist in rente | in rente gegangen | geht in rente | in pension gegangen
        nl: liet ons zitten | heeft ons laten zitten | liet ons in de steek | in de steek gelaten | met pensioen | gaat met pensioen

        # Round 9: a price asked or raised by the provider they have now ("the dealer wants 900", "me demande 650", "vraagt 850",
        # "zahl ich 700", "me suben la cuota", "erhöht um 30 %"): a comparison, the usual reason to move.
        en: wants <num> | wanted <num> | is asking <num> | are asking <num> | want <num> for | put the price up | put their prices up | put prices up | raised the price | raised their prices | price went up | prices went up | price increase | price hike | going up by | went up by
        es: me sube | nos sube | le sube | me pide <num> | me piden <num> | me cobra <num> | me cobran <num> | me quieren cobrar | me suben | nos suben | me subieron | nos subieron | me han subido | nos han subido | subida de precio | pago <num>
        fr: me demande <num> | me demandent <num> | me facture <num> | me prend <num> | m a augmenté | nous a augmenté | augmente de | augmentent de | augmentation de prix | hausse de prix
        pt: me cobra <num> | me cobram <num> | me pede <num> | me pedem <num> | aumentou o preço | aumentaram o preço | aumentaram a | subiu o preço | subiram o preço | reajuste
        it: mi chiede <num> | mi chiedono <num> | mi vuole <num> | vogliono <num> | hanno aumentato | ha aumentato | mi aumentano | rincaro | pago <num>
        de: zahl ich <num> | zahle ich <num> | verlangt <num> | verlangen <num> | will ~ <num> haben | erhöht | erhöhen die | preiserhöhung | teurer geworden
        nl: vraagt <num> | vragen <num> | rekent <num> | rekenen <num> | betaal ik <num> | verhoogd | verhoogt | prijsverhoging | duurder geworden

        # Round 9: where they always went, told in the past ("always went to", "levava sempre na", "j'allais toujours chez").
        en: always went to | used to go to | always used to go | always used | been going to | for years but | for yrs but
        es: siempre iba a | iba siempre a | siempre lo llevaba | lo llevaba siempre | solía ir a | de toda la vida pero
        fr: j allais toujours | on allait toujours | j allais chez | habituel | habituelle | habituels | depuis des années chez
        pt: levava sempre | sempre levava | ia sempre | sempre ia | costumava ir | costumava levar | de sempre mas
        it: andavo sempre | di solito andavo | sono sempre andato | sono sempre andata | il mio solito | la mia solita | il nostro solito
        de: war immer bei | waren immer bei | ging immer zu | gingen immer zu | bisher immer bei | jahrelang bei
        nl: ging altijd naar | gingen altijd naar | ging altijd bij | al jaren bij ~ maar | jarenlang bij

        # Round 9: a service that no longer suits ("isn't working for our son", "no le está sirviendo", "werkt niet voor").
        en: isn t working for | not working for us | not working for him | not working for her | doesn t work for us | not for us anymore
        es: no le está sirviendo | no nos está sirviendo | no me está sirviendo | no le sirve | no nos sirve | no le funciona | no nos funciona
        pt: não está dando certo | não tá dando certo | não está funcionando pra | não está funcionando para | não serve pra ele | não serve pra ela
        fr: ne convient plus | ne lui convient pas | ne nous convient pas | ne me convient plus | ne marche pas pour
        de: passt nicht mehr | funktioniert nicht für | bringt ihm nichts | bringt ihr nichts | bringt uns nichts
        nl: werkt niet voor | werkt echt niet voor | werkt niet meer voor | past niet meer | niks aan
        it: non fa per | non funziona per | non impara niente | non impara nulla | non gli serve | non le serve


        # Round 8: the end of a contract told verb first or in the subjunctive ("quando acabar o contrato", "zodra zijn
        # contract afloopt", "cuando termine la permanencia"): the moment they can move.
        en: contract ~ runs out | contract is up | contract s up | when my contract | once my contract | once their contract | once his contract | once her contract
        es: acabe el contrato | termine el contrato | se acabe el contrato | se termine el contrato | termine la permanencia | acabe la permanencia | cuando venza
        pt: acabar o contrato | acabe o contrato | terminar o contrato | termine o contrato | acabar a fidelização | acabe a fidelização | fim da fidelização
        fr: quand mon contrat | dès que mon contrat | à la fin de mon contrat | à la fin du contrat | fin d engagement
        it: quando scade | appena scade | alla scadenza | finisce il contratto | finito il contratto
        de: sobald ~ vertrag | wenn ~ vertrag ~ endet | vertrag ~ abläuft | vertragsende
        nl: contract ~ afloopt | contract loopt ~ af | contract ~ eindigt | zodra ~ contract | einde van ~ contract

        # Round 7: no longer satisfied with where they are, or grown out of it (a negator inside the phrase is its word).
        en: no longer happy with | not happy with them any more | not happy there anymore | we ve outgrown | outgrown | outgrew
        es: ya no estamos contentos | ya no estoy contento | ya no estoy contenta | no estamos a gusto | se nos quedó chico | se nos quedó pequeño
        fr: plus satisfaits de | plus satisfait de | plus satisfaite de | on s y plaît plus | on ne s y plaît plus | devenu trop petit
        pt: não estamos mais satisfeitos | não estou mais satisfeito | não estou mais satisfeita | já não estamos satisfeitos | ficou pequeno para nós
        de: nicht mehr zufrieden | nicht mehr glücklich mit | nicht mehr glücklich bei | zu klein geworden | herausgewachsen
        nl: niet meer tevreden | niet meer blij met | ontgroeid | te klein geworden
        it: non ci troviamo più | non ci troviamo bene | non siamo più soddisfatti | non sono più soddisfatto | non sono più soddisfatta

        # Round 7: a change the customer would make (conditional or planned), told beside an ask.
        en: we d switch | we would switch | i d switch | i would switch | we d move over | happy to switch | would happily switch
        es: nos cambiaríamos | me cambiaría | cambiaríamos | me cambio con ustedes | nos cambiamos con ustedes
        fr: on changerait | je changerais | nous changerions | changerait volontiers | changerais volontiers
        pt: quero trocar de | queremos trocar de | trocaria | trocaríamos | mudaria | mudaríamos
        de: würden wechseln | würde wechseln | würden gern wechseln | würde gern wechseln | wir wechseln gern
        nl: zouden overstappen | zou overstappen | stappen graag over | stap graag over
        it: cambieremmo | cambierei | passerei a voi | passeremmo a voi


        # Round 6: leaving a provider told many ways: an alternative, cheaper than what I pay, a contract that ends or is
        # not renewed, cancelling, a provider that closes for good.
        en: an alternative | looking for alternatives | cheaper than what | than what i pay | than what we pay | than i pay | than we pay | not being renewed | isn t being renewed | not renewing | won t renew | won t be renewing | contract is ending | contract ending | contract ends | cancel my contract | cancelling my | is shutting down | shutting down | our current one | my current one
        es: alternativa a | una alternativa | más barato que | más económico que | lo que pago | lo que pagamos | mi contrato con | contrato ~ termina | se me acaba el contrato | se acaba el contrato | no voy a renovar | no vamos a renovar | no renuevo | cierra definitivamente | dar de baja | darme de baja
        de: alternative zu | eine alternative | günstiger als | billiger als | was ich ~ zahle | was wir ~ zahlen | vertrag ~ endet | vertrag ~ ausläuft | kündige | nicht verlängern | nicht verlängert | schließt endgültig | der aktuelle | die aktuelle | den aktuellen | neuen dienstleister | neuen lieferanten
        fr: alternative à | une alternative | moins cher que | ce que je paie | ce que je paye | ce qu on paie | mon contrat ~ termine | fin de contrat | fin de mon contrat | ne pas renouveler | pas renouveler | résilier | ferme définitivement | nouveau prestataire | nouveau fournisseur
        pt: alternativa a | uma alternativa | mais barato que | mais em conta que | o que pago | o que eu pago | meu contrato ~ termina | contrato ~ acaba | não vou renovar | não vamos renovar | vai fechar as portas | novo fornecedor | cancelar o contrato | cancelar meu plano
        nl: alternatief voor | een alternatief | goedkoper dan | wat ik nu betaal | wat wij nu betalen | opzeggen | niet verlengen | niet verlengd | weg bij | wil weg | willen weg | sluit de deuren | nieuwe leverancier
        it: alternativa a | un alternativa | più economico di | meno caro di | quello che pago | disdire | disdetta | non rinnovo | non rinnoviamo | il contratto ~ scade | chiude definitivamente | nuovo fornitore
        de: wechsel* | *wechsel | anbieterwechsel*
        nl: overstap*

        nl: we zitten nu bij | we zitten bij | zitten momenteel bij | contract loopt ~ af | loopt ~ af

        de: wir sind derzeit bei | wir sind momentan bei | wir sind aktuell bei | vertrag läuft ~ aus | läuft ~ aus

        es: ahora estamos con | actualmente estamos con | ahora mismo estamos con | estamos con otra

        pt: hoje estamos com | atualmente estamos com | agora estamos com

        it: attualmente siamo con | ora siamo con | siamo con un altro

        fr: actuellement chez | on est chez | nous sommes chez

        en: currently with | at the moment we re with | right now we re with

        en: renewal is | renewal in | our renewal | renews in | we re moving | we ll move | we d move | we ll switch | we d switch | we re with | leave my | leave our | take over from | taking over from | take on new clients | taking on clients

        es: nos pasamos | nos cambiamos | me cambio con ustedes | la renovación | renovación vence | vence en | el contrato vence | mi gestor | nuestro gestor | dejar a mi | dejar mi | dejar nuestro

        de: unser jetziger | unsere jetzige | mein jetziger | meine jetzige | unser aktueller | unsere aktuelle | übernehmt ihr | übernehmen sie auch | mitten im jahr | vertrag endet | verlängerung

        fr: notre actuel | mon actuel | reprendre le dossier | reprenez vous | le contrat se termine | renouvellement | quitter mon | quitter notre

        pt: o meu atual | o nosso atual | nossa atual | deixar o meu | deixar a minha | sair do meu | renovação | o contrato acaba | assumem clientes

        nl: onze verlenging | contract loopt af | loopt af | verlenging | mijn huidige | weggaan bij | nemen jullie klanten over

        it: lasciare il mio | lasciare la mia | lasciare il nostro | il contratto scade | scade il contratto | rinnovo | subentrare

        it: il mio vecchio | la mia vecchia | il mio precedente | qualcuno di nuovo | qualcun altro | stufo | stufa

        nl: mijn vaste | onze vaste | mijn oude | onze oude | mijn vorige | iemand anders | iemand nieuw | ben het zat

        pt: o meu atual | minha atual | meu antigo | minha antiga | alguém novo | transferência | transferir | mudar para | mudar pra | trocar para | cansei | cansada de | cansado de

        fr: ma banque | mon opérateur | mon fournisseur | mon ancien | mon ancienne | notre ancien | quelqu un d autre | quelqu un de nouveau | ras le bol | marre | j en ai marre

        de: unser alter | unsere alte | mein alter | meine alte | mein bisheriger | jemand neuen | jemanden neuen | jemand neues | neuen anbieter | satt | reicht mir

        es: me paso | me cambio | pasarme | el que tengo | la que tengo | con el que tengo | mi operador | mi banco | de al lado | sin permanencia | permanencia | harto | harta | alguien nuevo | otro sitio

        en: my old | our old | my last | our last | someone new | somewhere new | looking for a new | new provider | the one i have | the one we have | my bank | my provider | my broker | ditch | ditch my | get rid of | sick of | had enough | keeps breaking | drops out
        en: switch | switching | switch from | switch to | switching from | moving from | moving off | move off | moving away from | move away from | leaving | leave our | leaving our | leaving my | our current | my current | current provider | current supplier | current accountant | current accountants | current broker | current system | current stack | current setup | currently use | currently using | currently on | currently with | we use | we re using | we re on | we are on | we are with | other brokers | other providers | other companies | other places | another provider | competitor | competitors | your competitor | alternative to | instead of | compare | compared | comparing | how does it compare | vs | versus | migrate | migration | migrating | move over | fed up with | let down by | my usual | usual place | usual barber | retiring | is retiring | closing down | contract ends | contract runs out | contract is up | renewal | up for renewal | not happy with | unhappy with | keep saying no | been refused | refused by
        es: cambiar de | cambiarme | cambiarnos | mi actual | nuestro actual | actual proveedor | otro proveedor | otra empresa | la competencia | competencia | dejar a | migrar | migración | en vez de | comparar
        de: wechseln | wechsel | umsteigen | umstieg | anderen anbieter | anderer anbieter | aktuellen anbieter | derzeitigen | bisherigen | unzufrieden | vertrag läuft | läuft aus | kündigen | migration | statt | im vergleich
        fr: changer de | changer d | concurrent | concurrence | actuel | actuelle | quitter | quitte | passer chez | migrer | migration | au lieu de | comparé
        pt: mudar de | trocar de | saindo de | sair de | outro sistema | outra empresa | outro fornecedor | atual | concorrente | concorrência | migrar | migração | em vez de | comparar
        nl: overstappen | overstap | wisselen | huidige | onze huidige | mijn huidige | stopt | stoppen | andere aanbieder | concurrent | migreren | migratie | in plaats van | vergelijken
        it: cambiare | passare a | passare da | attuale | il mio attuale | concorrente | concorrenza | altro fornitore | migrare | migrazione | invece di | confrontare

        [recovery + serviceRecovery 1]
        # Round 9: all the customer asks to put it right ("all I ask is a new door", "solo pido que manden un técnico", "chiedo solo
        # che", "ich will nur eine neue Tür", "ou resolvem ou quero meu dinheiro de volta", "se estornarem"): redress demanded.
        en: all i want is | all i ask is | all i m asking | i only ask | i m only asking | look into it | look into this | looking into it | find out what happened | check what happened | without paying again | without paying twice | a correction | correct it
        es: solo pido | sólo pido | pido que | solo quiero que | sólo quiero que | lo único que pido | mi dinero de vuelta | el dinero de vuelta | sin pagar de nuevo | sin volver a pagar | una corrección | corregir | reintegro | reintegren
        fr: je demande juste | je demande seulement | tout ce que je demande | je veux juste qu | mon argent | récupérer mon argent | être remboursé | être remboursée | sans repayer | sans payer à nouveau | une correction
        pt: estornem | estornarem | estornar | estorno | só peço | só peço que | peço que | só quero que | o que eu peço | ou resolvem | ou vocês resolvem | dinheiro de volta | meu dinheiro | sem pagar de novo | sem pagar outra vez | uma correção | corrigir
        it: rimborsiate | rimborsatemi | chiedo solo | chiedo che | voglio che | voglio solo che | vorrei solo che | rivoglio i soldi | rivoglio i miei soldi | i miei soldi indietro | senza pagare di nuovo | senza ripagare | una correzione | correggere
        de: ich will nur eine | ich will nur einen | ich will nur mein | ich will nur meine | ich verlange nur | ich möchte nur eine | ich möchte nur einen | mein geld zurück | will mein geld | ohne nochmal zu zahlen | ohne erneut zu zahlen | eine korrektur | korrektur
        nl: ik wil alleen een | ik wil alleen mijn | ik vraag alleen | ik vraag enkel | ik wil enkel | mijn geld terug | wil mijn geld | zonder opnieuw te betalen | zonder nog eens te betalen | zonder nieuwe | een correctie | corrigeren | graag terugbellen


        # Round 8: redress demanded in the subjunctive or as a wait ("que me lo cambien", "quero que paguem o
        # veterinário", "aguardo contato", "j'attends une indemnisation"): what would put it right.
        es: que me devuelvan | que me lo devuelvan | que me la devuelvan | que me cambien | que me lo cambien | que me la cambien | que me los cambien | que me las cambien | que me lo revisen | que me reintegren | que me reembolsen | que me den otra | que me den otro | espero una llamada | espero una respuesta
        pt: que paguem | que me paguem | que me devolvam | que troquem | se trocarem | se me trocarem | se mo trocarem | aguardo contato | aguardo contacto | aguardo retorno | aguardo resposta | fico contente
        fr: indemnisation | indemniser | indemnisez | j attends un remboursement | j attends une réponse | qu on me rembourse | qu on me rappelle
        it: che mi rimborsiate | che mi cambiate | che mi sostituiate | attendo un rimborso | attendo una risposta | aspetto un rimborso | una verifica
        de: erstatten | gutschreiben | gutschrift | ersatzteil | ersatztermin | erwarte eine antwort | erwarte einen rückruf
        nl: vergoeden | vergoeding | terugstorten | verwacht een reactie | verwacht een antwoord
        en: rebooking | rebooked | i expect a refund | i expect a call | expect a call back | expecting a refund

        # Round 8: asking for someone to come and look ("can someone check my line", "alguien puede revisar?"): from a
        # customer who complains, a request to put the fault right.
        en: can someone | could someone | can somebody | could somebody | someone come out | someone come and
        es: alguien puede | alguien podría | alguien me puede | alguien me podría | alguien podria
        fr: quelqu un peut | quelqu un pourrait | quelqu un pourra
        pt: alguém pode | alguém podia | alguém poderia | alguém me pode | alguém consegue
        it: qualcuno può | qualcuno potrebbe | qualcuno mi può | qualcuno mi potrebbe
        de: kann jemand | kann bitte jemand | könnte jemand | kann mal jemand | kann da jemand
        nl: kan iemand | kan er iemand | kan er een monteur | kan er even iemand | kan er een technicus | kan er een monteur langskomen

        # Round 7: putting it right and sending someone, and the condition under which the customer is satisfied.
        en: make it right | put it right | make it good | send someone | send somebody | send a technician | recheck | check it again | at no cost to me | then i ll stay | i ll stay if
        es: manden a alguien | mandar a alguien | envíen a alguien | revisen de nuevo | sin costo | quedo conforme | me quedo conforme | sigo con ustedes
        fr: envoyer quelqu un | envoyez quelqu un | revérifier | sans frais | je reste chez vous
        pt: mandem alguém | mandar alguém | enviem alguém | sem custo | fico satisfeito | fico satisfeita | continuo com vocês
        de: jemanden schicken | schicken sie jemanden | jemand vorbeischicken | wiedergutmachen | nachbessern | kostenlos prüfen | bleibe ich | dann bleibe ich
        nl: goedmaken | goed te maken | iemand sturen | iemand langs sturen | stuur iemand | kosteloos | dan blijf ik | blijf ik klant
        it: mandate qualcuno | mandare qualcuno | ricontroll* | senza costi | gratuitamente | allora resto | resto cliente


        # Round 6: the door left open: another chance, "then I'm satisfied", a review that will be changed.
        en: another chance | second chance | one more chance | update my review | update this review | change my review | change my rating | then i ll be happy | then i m happy
        es: otra oportunidad | segunda oportunidad | cambio mi reseña | actualizo la reseña | y quedo conforme
        de: noch eine chance | zweite chance | dann bin ich zufrieden | bewertung ändern | ändere meine bewertung
        fr: une seconde chance | une deuxième chance | une autre chance | je modifierai mon avis | je change mon avis
        pt: outra chance | segunda chance | mais uma chance | mudo a avaliação | atualizo a avaliação
        nl: nog een kans | tweede kans | pas ik mijn review aan | dan ben ik tevreden
        it: un altra possibilità | seconda possibilità | un altra chance | cambio la recensione | modifico la recensione

        en: getting it repaired | get it repaired | have it repaired | paid for the repair

        es: me lo pueden devolver | me lo devuelvan | devolverme el dinero

        pt: me devolvam | devolver o dinheiro

        en: a solution | find a solution | reschedule | rearrange | can you still come | still come this week | come this week

        es: una solución | reprogramar | que vengan esta semana | alguien me responda

        de: eine lösung | nachholen | neuen termin | diese woche noch

        fr: une solution | trouve une solution | trouver une solution | reprogrammer | reporter

        pt: uma solução | solução | remarcar | ainda esta semana

        nl: kan het nog | kan het deze week | deze week nog | kunnen jullie nog komen | nieuwe afspraak

        it: sistemarlo | sistemarla | sistemar* | riprogrammare | recuperare | questa settimana stessa

        de: nachbess*

        it: ritocc* | rifate | rifarlo | rifarla

        fr: retouch* | refai* | refait

        pt: refaz* | retoc* | consert*

        es: retoc* | repas* | rehag* | rehac*

        it: rifare | ritocco | ritoccare | sistemare | riparare | rimandare | rispedire | rimango | resto cliente

        nl: overdoen | herstellen | repareren | bijwerken | nalevering | nasturen | ik blijf | blijf ik

        pt: refazer | refaz | retocar | retoque | consertar | conserto | mandem outro | troquem | continuo cliente

        fr: refaire | retoucher | retouche | corriger | je reste | je reste cliente | je reste client

        de: nacharbeiten | nachbesserung | korrigieren | neu machen | nochmal machen | austauschen | ersatzlieferung | nachliefern | nachlieferung | bleibe kunde

        es: repasar | repasan | repaso | retocar | retoque | que vengan | vengan a | que venga alguien | rehacer | me quedo si | sigo si

        en: touch up | come in for a | do it again | partial refund | rework | repair | come and fix | send someone | send an engineer | if you can fix | if you fix | i ll stay | i will stay | stay if | remain a customer
        en: refund | refunded | refund me | money back | my money back | replacement | replace | send a new | send me a new | send another | new one | swap | swap it | exchange | exchange it | fix | fix it | fix this | fixed asap | sort it | sort this | sort it out | sort this out | get this sorted | want this sorted | have this sorted | if it s sorted | if its sorted | make it right | make this right | put it right | redo | re do | finish the job | come back and | rebook | re book | another go | another chance | give it another | another try | compensation | compensate | gesture | goodwill | credit | discount on | at a discount | where s my order | where is my order | wheres my order | where is my parcel | where s my parcel | order # | order number | order <num> | still waiting | chase | chasing | escalate | resolve | resolution | explain | explains | explanation | respond | reply | reply to | answer me | reason to stay | keep using | keep shopping | keep the booking | keep my booking | i d stay | happy to stay | would stay | want to stay | happily keep | someone else next time | see someone else | someone else | not until | unless | otherwise | or else | before then | won t happen again | won t happen | happen again | confidence | assurance | reassure
        es: reembolso | reembolsar | devolución | devolver | cambio | el cambio | cambiarla | cambiarlo | solucionen | solucionar | arreglen | arreglar | compensación | que no volverá a pasar | volverá a pasar | confirme | respuesta | esperando respuesta | si no | a menos que
        de: erstattung | rückerstattung | geld zurück | umtausch | umtauschen | ersatz | austausch | nachbessern | reparieren | lösung | entschädigung | damit so etwas nicht | nicht wieder passiert | wieder passiert | antwort | sonst | es sei denn | bestellnummer
        fr: remboursement | rembourser | remboursez | échange | échanger | remplacement | remplacer | réparer | geste | un geste | dédommagement | compensation | sinon | à moins que | réponse | il faudrait | que le service suive
        pt: reembolso | reembolsar | devolução | troca | trocar | substituição | resolvam | resolver | compensação | respondesse | respondam | resposta | senão | se não | a menos que
        nl: terugbetaling | geld terug | omruilen | ruilen | vervanging | vervangen | oplossen | oplossing | compensatie | anders | tenzij | reactie | antwoord
        it: rimborso | rimborsare | sostituzione | sostituire | cambio | risolvere | soluzione | risarcimento | altrimenti | a meno che | risposta | rispondere | prima vorrei
        en: need this sorted | need it sorted | want it sorted | get it sorted
        es: solucion* | arregl* | reembols* | devolv* | seguir comprando | seguir siendo cliente
        fr: renvoy*
        de: ersetz*
        nl: vervang*
        it: sostitu*

        [complaint ~ none]

        # Round 8: a service that does not work (an outage, a device that will not start, a fault that came back).
        en: no power | no internet | no signal | no heating | no hot water | won t start | won t turn on | back on again | is back on | came back | came back again
        es: sin luz | sin internet | sin gas | sin agua | sin señal | no funciona | no anda | no prende | no enciende
        pt: sem internet | sem luz | sem gás | sem água | sem sinal | não liga | não funciona | não pega | não acende
        fr: pas de courant | plus de courant | pas d internet | plus d internet | ne marche pas | ne fonctionne pas | ne marche plus | est revenue | est revenu
        it: senza luce | senza gas | senza internet | niente luce | niente gas | niente internet | non va | in blocco | non parte | non si accende
        de: geht nix | geht nichts | kein strom | kein internet | kein netz | funktioniert nicht | geht nicht mehr | springt nicht an
        nl: doet het niet | werkt niet | geen stroom | geen internet | geen bereik | doet het nog steeds niet | werkt nog steeds niet

        en: reversed into | drove into | crashed into | backed into | nobody tells me | no one tells me

        es: cobraron dos veces | me cobraron de más | cobrado dos veces | nadie me dice nada

        de: zweimal abgebucht | doppelt abgebucht | keiner sagt mir | niemand sagt mir

        fr: prélevé deux fois | débité deux fois | personne ne me dit rien

        pt: cobrado duas vezes | cobraram duas vezes | ninguém me diz nada | ninguém diz nada

        nl: twee keer afgeschreven | dubbel afgeschreven | niemand laat iets weten

        it: addebitato due volte | nessuno mi dice niente | nessuno mi dice nulla

        en: got cancelled | was cancelled | cancelled on me | second time | third time

        es: cancelado | cancelada | la segunda vez | otra vez lo mismo

        de: storniert | abgesagt | das zweite mal | zum zweiten mal

        fr: annulée | annulé | la deuxième fois | deuxième fois

        pt: cancelada | cancelado | segunda vez

        nl: geannuleerd | tweede keer

        it: annullato | annullata | seconda volta

        es: no contestan | nadie contesta | no cogen el teléfono | no atienden el teléfono

        pt: ninguém atende | não atendem

        de: geht keiner ran | nimmt keiner ab

        fr: personne ne répond

        it: nessuno risponde

        nl: niemand neemt op

        en: still not | still no | still haven t | still hasn t | nobody came | no one came | no one showed | nobody showed | no show

        es: todavía no | aún no | nadie vino | nadie apareció | no vino nadie

        de: immer noch nicht | noch immer nicht | immer noch kein | niemand kam | niemand ist gekommen | keiner kam | keiner ist gekommen

        fr: toujours pas | toujours rien | personne n est venu | personne est venu | personne n est passé

        pt: ainda não | até agora nada | ninguém veio | ninguém apareceu | não veio ninguém

        nl: nog steeds niet | nog altijd niet | nog steeds geen | er kwam niemand | niemand kwam | niemand gekomen | nog steeds niks | nog altijd niks | nog niks gehoord | nog niets gehoord | nog steeds niets

        it: ancora non | ancora niente | ancora nessun | nessuno è venuto | nessuno si è presentato | non è venuto nessuno

        it: perso | troppo corto | sbiadito | irritazione | non funziona

        nl: kwijt | te kort | veel te kort | vervaagd | irritatie

        pt: perdido | muito curto | desbotou | irritação | tudo armado | falta toda

        fr: perdu | colis perdu | abonnés absents | trop court | délavé | irritation

        de: gefehlt | fehlten | zu hart | zu kurz | verloren | reizung | verblasst

        es: se ha ido | se fue | perdido | demasiado corto | irritación | desteñido

        en: blown out | faded | rash | bald patch | half missing | lost my | parcel lost | too short | keeps cancelling
        en: late | hours late | arrived late | too late | delayed | delay | cold | wrong | wrong size | wrong colour | wrong item | wrong order | broke | broken | cracked | damaged | damage | scratches | scratched | faulty | missing | never arrived | hasn t arrived | not arrived | didn t arrive | never came | never came back | nothing arrived | lost | charged twice | double charged | overcharged | charged me | waited | waiting | wait | rude | dirty | filthy | error | error code | not working | stopped working | doesn t work | disappointed | disappointing | upset | gutted | dry | misspelled | spelt wrong | rough | ghosted | no response | no reply | no one replies | nobody replies | no answer | poor | terrible | awful | horrible | unacceptable | not good enough | let down | complained | complaint | issue | issues | problem | problems | dripping | leaking | runs small | too small | too big | slow | pricey | expensive
        es: frío | fría | tarde | equivocada | equivocado | roto | rota | rotos | no llegó | no ha llegado | esperando | esperamos | faltaba | falta | muy mal | salió mal | fue mal | está mal | quedó mal | mal servicio | lo hicieron mal | fatal | sucio | decepcionado | decepcionada | problema | queja
        de: kalt | warten | mussten warten | gewartet | falsch | falsche | kaputt | beschädigt | nicht angekommen | fehlt | fehlte | schmutzig | enttäuscht | problem | beschwerde | unfreundlich | verspätet
        fr: froid | froide | attendu | attente | en retard | retard | cassé | cassée | abîmé | abîmée | mauvaise | mauvais | manquant | déçu | déçue | problème | désagréable | une heure
        pt: frio | fria | faltando | faltou | atrasado | atraso | demorou | errado | errada | quebrado | quebrada | estragado | sujo | decepcionado | decepcionada | problema | reclamação | veio tudo
        nl: onderweg | niemand reageert | reageert niet | geen reactie | kapot | beschadigd | te laat | laat | koud | verkeerde | verkeerd | vies | teleurgesteld | probleem | klacht
        it: non è stato rispettato | non rispettato | freddo | fredda | rotto | rotta | sbagliato | sbagliata | ritardo | in ritardo | attesa | aspettato | sporco | deluso | delusa | problema | reclamo | maleducato
        en: incomple*

        [giveaway - none]
        en: giveaway | give away | giveaways | pick me | choose me | enter | entered | entry | entries | my entry | done | done tagged | tagged | i tagged | followed | followed and | liked and | shared and | followed liked | contest | competition | comp | win | winner | winning | fingers crossed | tag someone | tag a friend | tag your | 🤞 | 🍀
        es: sorteo | sorteos | participo | participando | concurso | ganar | ya sigo | etiqueto | etiquetado
        de: gewinnspiel | gewinnen | verlosung | teilgenommen | markiert | mitmachen | erledigt
        fr: concours | jeu concours | je participe | participe | gagner | tirage
        pt: sorteio | sorteios | participando | participar | já sigo | marquei | ganhar | concorrendo
        nl: winactie | winnen | doe mee | meedoen | getagd | verloting
        it: concorso | giveaway | partecipo | vincere | taggato | taggo

        [follower-spam - none]

        en: earn from home | work from home | daily from home | a day from home | link in my bio | info in my bio | in my bio | on my profile

        es: gana desde casa | ganar desde casa | diarios desde casa | al mes desde casa | al día desde casa | en mi perfil | en mi bio | info en mi perfil

        de: täglich von zuhause | täglich von zu hause | von zuhause verdienen | € täglich | in meiner bio | in meinem profil | im profil

        fr: par jour depuis chez | gagner depuis chez | dans ma bio | sur mon profil

        pt: de casa por dia | trabalhe de casa | ganhe em casa | na minha bio | no meu perfil | link da bio

        nl: per dag vanuit huis | verdienen vanuit huis | in mijn bio | op mijn profiel

        it: al giorno da casa | guadagnare da casa | nella mia bio | sul mio profilo
        en: followers | follower | buy followers | free followers | real followers | free likes | grow your | grow your page | promote | promotion | promote your | we promote | collab | collaboration | paid collab | brand ambassador | ambassador | ambassadors | crypto | bitcoin | btc | forex | invest | investment | investing | earn | earning | make money | passive income | per day | <url> | 👉 | check my page | check my profile | visit my page | dm me for | dm for
        es: seguidores | compra seguidores | gana dinero | ganar dinero | invierte
        de: follower kaufen | jetzt günstig | geld verdienen | investieren
        fr: abonnés | gagnez | investissez | promo abonnés | obtenez
        pt: seguidores | ganhe | invista | renda extra
        nl: volgers | verdien | investeer
        it: compra follower | seguaci | guadagna | investi

        [job-seeker - none]
        # Round 9: newly qualified and offering themselves ("just qualified", "mi sono abilitato da poco", "acabei de me formar").
        en: just qualified | newly qualified | recently qualified | just graduated | trainees | trainee
        es: me acabo de titular | recién titulado | recién titulada | recién graduado | recién graduada | me acabo de graduar
        fr: je viens d être diplômé | je viens d être diplômée | jeune diplômé | jeune diplômée | fraîchement diplômé
        pt: acabei de me formar | recém formado | recém formada | tenho credencial | sou credenciado | sou credenciada
        it: mi sono abilitato | mi sono abilitata | mi sono laureato | mi sono laureata | mi sono diplomato | mi sono diplomata | neolaureato | neolaureata | praticanti | praticante
        de: frisch ausgelernt | gerade ausgelernt | ausgelernt | frisch examiniert | habe gerade meinen abschluss
        nl: net afgestudeerd | pas afgestudeerd | net gediplomeerd | pas gediplomeerd



        # Round 6: traineeships and side jobs asked for in seven languages.
        en: apprentice | apprentices | apprenticeship | work placement | a placement | internship | internships | apply for shifts | weekend job | saturday job | part time job
        es: prácticas | becario | becaria | pasantía | trabajo de fin de semana
        de: praktikum | praktikumsplatz | ausbildungsplatz | ausbildung | minijob | nebenjob | aushilfe
        fr: alternance | stagiaire | apprentissage | job étudiant | petit boulot
        pt: estágio | estagiário | estagiária | jovem aprendiz | part time
        nl: bijbaan | bijbaantje | vakantiejob | vakantiewerk | weekendhulp | stageplek | stageplaats
        it: tirocinio | apprendista | stagista | lavoretto

        # Work experience stated by the speaker: someone offering themselves, not buying.
        en: years experience | years of experience | years domestic | years cleaning experience | my own car | my own van | qualified and looking
        nl: *ervaring | jaar ervaring | heb ervaring | ervaring als | ervaring in
        de: jahre erfahrung | jahren erfahrung | erfahrung als | erfahrung im | ausgebildete | ausgebildeter
        fr: ans d expérience | expérience en | expérience comme | diplômée | diplômé
        es: años de experiencia | experiencia en | experiencia como | titulada | titulado | busco algo de | media jornada
        pt: anos de experiência | experiência em | experiência como | formada em | procuro algo
        it: anni di esperienza | esperienza come | esperienza nel | diplomata | diplomato | cerco qualcosa

        fr: indépendant | indépendante | freelance | auto entrepreneur

        es: autónomo | autónoma | freelance

        de: freiberufler | freiberuflerin | freiberuflich* | selbstständig

        pt: autônomo | autônoma | freelancer

        nl: zzp | zzp er | freelancer

        it: libero professionista | freelance

        en: cv in dm | cv sent | cv in your dms | years of xp | cv ready | cv attached | send my cv | send you my cv | send my resume | <num> years in the trade

        en: still looking for | looking for drivers | looking for staff | my licence | my license | got my licence | i have experience | do you need staff

        es: cv por dm | cv por privado | cv enviado | busco trabajo | un trabajo | mi cv | mi currículum | tengo disponibilidad | disponibilidad total | necesitáis a alguien | necesitan a alguien

        de: cv per pn | lebenslauf per pn | mein cv | meinen lebenslauf | ich habe erfahrung | braucht ihr noch | brauchen sie noch jemand | sucht ihr noch

        fr: mon cv | cv en mp | cv en dm | cv en privé | cv envoyé | ans d xp | je cherche un job | disponibilité totale | vous cherchez quelqu un | avez vous besoin d une

        pt: cv no direct | cv no privado | meu cv | meu currículo | tenho experiência | disponibilidade total | tão precisando | estão precisando de | precisando de manicure | precisam de alguém

        nl: cv gestuurd | cv in dm | mijn cv | ik heb ervaring | hebben jullie nog iemand nodig | zoeken jullie nog iemand

        it: cv in privato | cv in dm | cerco un lavoro | il mio cv | un lavoro | lavorare con voi | disponibilità totale | avete bisogno di

        it: aperto a nuove opportunità | aperta a nuove opportunità | nuove opportunità | anni di esperienza | disponibile da subito | subito disponibile | cercate personale | cerco lavoro | lavoro estivo | far parte del team

        nl: open voor nieuwe uitdagingen | nieuwe uitdaging | jaar ervaring | jaren ervaring | per direct beschikbaar | direct beschikbaar | nemen jullie mensen aan | zoeken jullie personeel | ik zoek werk | bijbaan | vakantiejob | studentenjob

        pt: aberto a novas oportunidades | aberta a novas oportunidades | novas oportunidades | anos de experiência | disponível já | disponível imediatamente | estão a contratar | estão contratando | contratam | procuram | sou empregada | sou empregado | procuro emprego | procuro trabalho | disponibilidade imediata

        fr: ouvert aux opportunités | ouverte aux opportunités | nouvelles opportunités | ans d expérience | disponible immédiatement | je suis dispo | je suis disponible | vous engagez | vous embauchez | engagez vous | embauchez vous | job d été | job étudiant | cherche un emploi | cherche du travail | étudiants pour

        de: offen für neue herausforderungen | neue herausforderung | neue herausforderungen | jahren erfahrung | jahre erfahrung | berufserfahrung | ab sofort verfügbar | sofort verfügbar | suche arbeit | suche eine stelle | freue mich über nachrichten | minijob | nebenjob

        es: abierto a nuevas oportunidades | abierta a nuevas oportunidades | nuevas oportunidades | disponibilidad inmediata | <num> años de experiencia | años de experiencia | formar parte | formar parte del equipo | buscan | buscáis | están contratando | contratan | necesitan personal | busco trabajo | busco empleo

        en: open to new opportunities | open to opportunities | new opportunities | available immediately | immediately available | available for work | available to start | can start immediately | looking for ~ work | subcontracting | subcontract | subcontractor | freelance | freelancer | for hire | hire me | my experience
        en: hiring | are you hiring | you hiring | u hiring | recruiting | recruitment | vacancy | vacancies | work for you | looking for work | looking for a job | part time | full time | resume | my cv | cv ready | portfolio | portfolio in | qualified | fully qualified | years experience | years of experience | apprenticeship | apprentice | internship | intern | applied | application | careers page | role | roles | position | taking on staff | need staff | need any | second shooter | do you need any | do you need a | looking to join your team | join your team
        es: empleo | currículum | curriculum | buscáis | contratáis | contratando | puesto | vacante | prácticas
        de: stelle | stellen | bewerbung | bewerben | ausbildung | praktikum | sucht ihr | stellt ihr ein | lebenslauf
        fr: emploi | recrutez | recrutez vous | recrutement | alternance | candidature | poste
        pt: vaga de emprego | emprego | currículo | contratando | procuro trabalho | um trabalho | estágio
        nl: vacature | vacatures | zoeken jullie nog | zoeken jullie | sollicit*
        it: cercate | assumete | laureato | laureata | candidatura | curriculum | tirocinio

        en: <num> years experience | years of experience
        es: tengo experiencia | con experiencia
        fr: j ai de l expérience
        it: ho esperienza
        en: a job | any jobs | job opening | job openings | job vacancy | jobs going
        # Round 10: asking whether the business looks for people ("zijn jullie nog op zoek naar instructeurs", "vous cherchez
        # des vendeurs ?", "do you need anyone for the season?").
        en: do you need anyone | need anyone for | need an extra pair of hands | looking for staff for
        nl: jullie nog op zoek naar | jullie op zoek naar | zoeken jullie nog | nog mensen nodig
        fr: vous cherchez des | cherchez vous des | vous cherchez du personnel | besoin de renfort
        es: buscáis gente | buscan gente | necesitáis gente | necesitan gente
        pt: precisam de gente | procuram gente | estão à procura de
        it: cercate gente | avete bisogno di gente | cercate qualcuno per
        de: sucht ihr noch | suchen sie noch | braucht ihr leute | braucht ihr noch leute

        [vendor-pitch - none]
        # Round 9: a quote or offer made to the business ("würden wir Ihnen gern ein Angebot machen", "vi facciamo un preventivo").
        en: give you a quote | send you a quote | make you an offer | send you an offer
        es: les hacemos un presupuesto | os hacemos un presupuesto | hacerles un presupuesto | haceros un presupuesto | hacerles una oferta
        fr: vous faire un devis | vous faire une offre | vous proposer un devis | vous faire une proposition
        pt: fazer um orçamento para vocês | fazer uma proposta para vocês | fazer vos uma proposta | fazemos um orçamento para vocês
        it: farvi un preventivo | vi facciamo un preventivo | farvi un offerta | farvi una proposta
        de: ihnen ~ ein angebot machen | euch ~ ein angebot machen | ihnen gern ein angebot | würden wir ihnen
        nl: jullie een offerte | u een offerte maken | u een voorstel | jullie een voorstel

        # Round 9: a producer that introduces itself ("somos produtores de", "wir sind Hersteller"; a firm alone, "siamo
        # un'azienda", is as often a customer, so it is not a cue), offers
        # to do something for the business ("vi possiamo fare", "on peut vous aider"), has the business try its products or
        # names the business's own events and clients ("try our blend", "vos clients", "op jullie feesten"), and its prices.
        en: we are producers | we re producers | we can help you | we could help you | we can do that for you | try our | taste our | sample our | your customers | your clients | at your events | at your parties | our price list
        es: somos productores | somos productoras | somos tostadores | os podemos | les podemos | podemos ayudarles | podemos ayudaros | probar nuestro | probar nuestra | probar nuestros | probéis nuestro | prueben nuestro | probarais | probaran nuestro | que probarais | sus clientes | vuestros clientes | en vuestras fiestas | en sus eventos | nuestras tarifas | nuestros precios | presentar nuestros | presentarles nuestros
        fr: nous sommes producteurs | on peut vous aider | nous pouvons vous aider | on pourrait vous | nous pourrions vous | goûter nos | goûter notre | essayer nos | tester notre | tester nos | vos clients | vos clientes | à vos soirées | pour vos événements | nos tarifs | je vous envoie nos
        pt: somos produtores | somos produtoras | podemos ajudar vocês | podemos ajudá los | provar os nossos | provar o nosso | provar nosso | experimentar o nosso | experimentar os nossos | apresentar os nossos | apresentar as nossas | apresentar nossos | seus clientes | os vossos clientes | nas vossas festas | nos seus eventos | nossos preços | os nossos preços
        it: vi possiamo | possiamo farvi | possiamo aiutarvi | vi potremmo | potremmo aiutarvi | provare i nostri | assaggiare i nostri | provare il nostro | assaggiare il nostro | presentarvi i nostri | presentarvi le nostre | i vostri clienti | ai vostri eventi | alle vostre feste | i nostri prezzi | le nostre tariffe
        de: wir sind hersteller | wir können euch | können wir euch | wir könnten ihnen | wir könnten euch | unsere ~ probieren | unsere ~ testen | unsere produkte vorstellen | eure kunden | ihre kunden | auf euren partys | auf euren events | unsere preise | unsere preisliste
        nl: wij zijn producent | wij kunnen jullie | we kunnen jullie | wij kunnen u | we kunnen u helpen | onze ~ proeven | onze ~ proberen | onze producten voorstellen | onze producten | jullie klanten | uw klanten | op jullie feesten | op jullie events | onze prijzen | onze tarieven


        # Round 7: offering to send information to the business.
        en: can i send you info | shall i send you | can i send you more | happy to send you a proposal | can i dm you our
        es: te paso info | le paso info | te mando info | les paso info | les mando info | le envío información
        fr: je vous envoie notre | puis je vous envoyer | je peux vous envoyer notre
        pt: posso te mandar | posso mandar info | posso enviar nossa | te mando info
        de: darf ich ihnen ~ schicken | darf ich euch ~ schicken | kann ich ihnen unser
        nl: mag ik je info sturen | mag ik u ~ sturen | zal ik ~ info sturen
        it: posso mandarti | posso inviarvi | vi mando info | ti mando info


        # Round 6: presenting one's own product to the business.
        en: introduce our | present our | show you our | tell you about our
        es: presentarles nuestra | presentarles nuestro | presentar nuestra | presentar nuestro
        de: ihnen unsere | unsere lösung vorstellen | vorstellen möchten
        fr: vous présenter notre | vous présenter nos | présenter notre
        pt: apresentar a nossa | apresentar o nosso | apresentar nossa | apresentar nosso
        nl: onze oplossing voorstellen | u voorstellen | jullie voorstellen aan onze
        it: presentarvi la nostra | presentarvi il nostro | presentare la nostra

        # Round 6: a seller's buyer-side questions (do you need a supplier, are you open to a partnership, would you be interested).
        en: do you need a new supplier | need a new supplier | looking for a new supplier | open to partnerships | open to a partnership | open to collaborations | open to collaborating | would you be interested in | are you interested in | interested in stocking | stock our | carry our products | we can supply | looking for new clients | looking for new customers
        es: les interesa | les interesaría | estarían interesados | estarían interesadas | buscamos nuevos clientes | podemos ofrecerles | colaboración con ustedes | una colaboración
        de: hätten sie interesse | hättet ihr interesse | habt ihr interesse | haben sie interesse | offen für eine zusammenarbeit | eine zusammenarbeit | suchen neue kunden | wir suchen neue auftraggeber | können wir ihnen anbieten
        fr: seriez vous intéressés | seriez vous intéressé | êtes vous intéressés | ça vous intéresse | ça vous intéresserait | un partenariat | partenariat | nous cherchons de nouveaux clients | pouvons vous proposer
        pt: teriam interesse | vocês teriam interesse | têm interesse em | uma parceria | parceria | procuramos novos clientes | podemos oferecer | podemos fornecer
        nl: hebben jullie interesse | heeft u interesse | hebt u interesse | interesse in een samenwerking | een samenwerking | samen te werken | samenwerken | nieuwe opdrachtgevers | nieuwe klanten zoeken | zoeken nieuwe klanten | kunnen wij u aanbieden
        it: sareste interessati | sareste interessate | siete interessati | vi interesserebbe | una collaborazione | collaborazione | cerchiamo nuovi clienti | possiamo offrirvi | possiamo fornirvi

        es: vendo | precio de fábrica | a precio de fábrica

        en: factory price | factory prices | ex works

        de: ab werk | fabrikpreis | fabrikpreise

        fr: prix usine | prix d usine

        pt: preço de fábrica | vendo

        it: prezzo di fabbrica | prezzi di fabbrica | vendo

        nl: fabrieksprijs | fabrieksprijzen

        en: we help | we work with | we partner with | we supply to | we deliver to | at trade | trade rates | i can send you | i can show you | can i show you | happy to send | we mill | we roast | we distribute | distributor | distributors | we generate | qualified leads | more leads | fill your calendar | fill your diary

        es: ayudamos a | trabajamos con | hacemos contenido | llevamos las redes | os puedo pasar | te puedo pasar | les puedo pasar | les interesa recibir | os interesa recibir | le interesa recibir | somos distribuidores | distribuidores | distribuidor | stock inmediato | llenar la agenda | llenar su agenda | os podríamos | les podríamos

        de: wir vermitteln | wir helfen | wir unterstützen | wir sind spezialisiert | wir beliefern | kurzer austausch | kurzen austausch | darf ich ihnen | kann ich ihnen zeigen | händler | vertriebspartner | qualifizierte leads

        fr: nous éditons | nous aidons | nous accompagnons | nous sommes spécialisés | nous distribuons | je peux vous montrer | je peux vous envoyer | puis je vous montrer | distributeur | remplir votre agenda

        pt: ajudamos | trabalhamos com | somos especialistas | somos distribuidores | distribuidor | posso te mandar | posso mandar | posso enviar | posso te enviar | te mando um | lotar a agenda | encher a agenda

        nl: wij helpen | wij ondersteunen | wij zijn gespecialiseerd | wij leveren aan | mag ik jullie | kan ik jullie een | ik kan jullie | distributeur | uw agenda vullen

        it: aiutiamo | supportiamo | siamo specializzati | lavoriamo con | posso inviarvi | posso mandarvi | vi posso mandare | vi posso inviare | distributore | distributori | riempire l agenda

        it: produciamo | realizziamo | siamo produttori | produttore | catalogo | campioni | possiamo inviarvi | vi mandiamo | scriveteci

        nl: wij maken | wij produceren | fabrikant | stuur ons | neem contact met ons op | vast bedrag | catalogus | gratis proef

        pt: fabricamos | produzimos | somos fabricantes | fabricante | podemos enviar | nosso catálogo | amostras | amostra grátis

        fr: nous fabriquons | fabricant | nous produisons | nous réalisons | échantillons | échantillon gratuit | pouvons nous vous | on peut vous envoyer

        de: wir produzieren | wir fertigen | hersteller | unser angebot | kostenlose muster | dürfen wir ihnen | können wir ihnen | schreiben sie uns

        es: les mandamos | les enviamos | podemos enviarles | os mandamos | somos fabricantes | fabricantes | fabricamos | producimos | mayoreo | de mayoreo | precios de mayoreo | muestras | muestra gratis | nuestro catálogo | catálogo

        en: can we send you | could we send you | may we send | can i send you | we make | we create | we produce | we design | our company | our prices | our rates | wholesale prices | at wholesale | free sample | free samples | send you a sample | we can help you | we d love to work with you | dm us | message us
        en: we offer | we provide | we supply | we manufacture | we sell | we build | we help | we specialise | we specialize | we at | our agency | our services | our service | our products | our product | our team can | our page | our platform | we run | white label | white labelled | outsourc* | offshore | partnering | partner with | partnership | open to partnering | open to a quick chat | open to a chat | happy to help if | if you ever need | check our | check out our | visit our | wholesale | trade prices | trade price | at trade | competitive prices | competitive rates | cheaper than | % less | % cheaper | for less | brochure | catalogue | catalog | send you our | could i send | book with me | book with me instead | from £ | from $ | from € | open source | we built | my services | my youtube | affiliate | affiliate programme
        es: ofrecemos | ofrecemos servicios | somos una agencia | somos una empresa | vendemos | al por mayor | mayorista | nuestra agencia | nuestros servicios | nuestro perfil | mira nuestro perfil | tarifas muy competitivas | tarifas competitivas | precios competitivos
        de: wir bieten | bieten wir | wir liefern | wir verkaufen | unsere agentur | unsere firma | unsere dienstleistungen | interesse an einem kurzen call | interesse an einem call | kurzen call | kurzes gespräch | großhandel
        fr: nous proposons | nous offrons | nous vendons | notre agence | notre société | nos services | grossiste | partenariat | tarifs compétitifs
        pt: oferecemos | somos uma agência | somos uma empresa | nossa agência | nossos serviços | atacado | revenda | parceria
        nl: wij bieden | wij leveren | wij verkopen | ons bureau | onze diensten | groothandel | samenwerking
        it: offriamo | siamo un agenzia | siamo una agenzia | la nostra agenzia | i nostri servizi | ingrosso | proponiamo | collaborazione

        # Round 10: creators who introduce themselves by their audience and pitch a collaboration ("content creator with
        # 30k", "creadora de contenido", "Influencerin", "media kit").
        en: content creator | content creators | influencer | media kit | mediakit | ugc creator | collab with you | collaborate with you
        es: creadora de contenido | creador de contenido | creadora de contenidos | creador de contenidos | influencer | me encantaría colaborar | colaborar con ustedes | colaborar con vosotros
        de: *influencerin | influencer | content creatorin | kooperation | eine kooperation | mediakit
        fr: créatrice de contenu | créateur de contenu | créatrice de contenus | créateur de contenus | influenceuse | influenceur | media kit | collaborer avec vous
        pt: criadora de conteúdo | criador de conteúdo | influenciadora | influenciador | mídia kit | colaborar com vocês
        nl: contentcreator | content creator | influencer | mediakit | samenwerken met jullie
        it: creatrice di contenuti | creatore di contenuti | influencer | media kit | collaborare con voi

        [withdrawn - none]

        # Leaving for good: buying elsewhere from now on.
        en: from now on elsewhere | somewhere else from now on | shop elsewhere | order elsewhere
        nl: voortaan ergens anders | ergens anders bestellen | bestel voortaan | voortaan elders
        de: ab jetzt woanders | künftig woanders | bestelle woanders | nur noch woanders
        fr: désormais ailleurs | ailleurs désormais | commande ailleurs | j irai ailleurs
        es: a partir de ahora en otro sitio | pido en otro sitio | me voy a otro sitio | compraré en otro
        pt: a partir de agora noutro | compro noutro | encomendo noutro | vou a outro
        it: d ora in poi altrove | ordino altrove | vado altrove | compro altrove

        nl: laat ~ maar zitten | laat ~ zitten | laat ~ maar

        it: lasciate ~ stare | lascia ~ stare

        en: forget ~ quote | scrap ~ quote

        en: no longer need | no longer needed | don t need it anymore | dont need it anymore | don t need the quote | not needed anymore | no need anymore | never mind | nevermind | scrap the quote | cancel the quote | forget the quote | had planned to | i d planned to | was planning to but | changed my mind | sold the house | we sold

        es: ya no hace falta | ya no lo necesito | ya no necesito | ya no nos hace falta | olvidad el presupuesto | olvidaos | déjalo estar | tenía pensado | cambié de idea | vendimos

        de: nicht mehr nötig | brauchen wir nicht mehr | brauche ich nicht mehr | hat sich erledigt | doch nicht | hatte vor | wollte eigentlich | vergesst das angebot | anders entschieden

        fr: plus besoin | pas besoin finalement | laissez tomber | oubliez le devis | j avais prévu | avais prévu de | on a vendu | changé d avis

        pt: não preciso mais | não precisa mais | já não preciso | não é mais preciso | esquece o orçamento | esqueçam | tinha pensado em | mudei de ideia

        nl: hoeft niet meer | is niet meer nodig | niet meer nodig | laat maar | laat maar zitten | vergeet de offerte | was van plan | wilde eigenlijk | bedacht

        it: lasciate stare | lascia stare | lasciamo stare | non serve più | non ci serve più | non mi serve più | avevo intenzione | avevo pensato di | ho cambiato idea | abbiamo venduto


        [refusal - none]
        # Round 7: no answer wanted.
        en: no need to reply | don t bother replying | dont bother replying | no need to respond
        es: no hace falta que respondan | no hace falta que me respondan | no hace falta responder
        fr: inutile de me répondre | inutile de répondre | pas besoin de me répondre
        pt: não precisa responder | não precisam responder | nem precisa responder
        de: nicht antworten | keine antwort nötig | brauchen nicht zu antworten
        nl: hoeft niet te reageren | hoef geen reactie | niet reageren
        it: non serve rispondere | inutile rispondere | non rispondete



        en: went with another | we went with | gone with another | signed with another | chose another


        es: cerrado con otra | cerré con otra | nos quedamos con otra | elegimos otra


        pt: fechei com outra | fechamos com outra | fechei com outro | escolhemos outra


        fr: on a choisi un autre | signé avec un autre | pris quelqu un d autre


        de: für einen anderen entschieden | anderen genommen | mit einem anderen


        it: abbiamo scelto un altro | scelto un altra | preso un altro


        nl: gekozen voor een ander | met een ander in zee

        it: ho disdetto | disdetto | ho cambiato

        nl: opgezegd | heb opgezegd | ben overgestapt

        pt: cancelei | já cancelei | já mudei

        fr: j ai résilié | résilié | suis parti | suis partie

        de: gekündigt | habe gekündigt | hab gekündigt | bin gewechselt

        es: cancelé | he cancelado | ya me cambié | me di de baja

        en: already ported | ported my number | moved my number | left after | we left | i left | already switched
        en: don t contact | dont contact | do not contact | don t contact me | don t reply | dont reply | do not reply | don t respond | don t bother | dont bother | don t bother replying | no need to reply | never again | never ever | won t be back | wont be back | won t use again | wont use again | won t use | will never use | won t be using | not coming back | never coming back | never going back | moved on | joined elsewhere | gone elsewhere | went elsewhere | going elsewhere | switched to | uninstalled | deleted the app | cancelled my | canceled my | unsubscribed | leave me alone | not wasting | waste of time | stay away | everyone avoid | straight in the bin | in the bin | copy paste apology
        es: no volveré | no volvemos | no vuelvo | nunca más | ni se molesten | no respondáis | no me contesten | no me contactéis | ojalá os cierren | ojalá cierren
        de: nie wieder | nie mehr | nimmer | melden sie sich nicht | keine antwort nötig | sparen sie sich
        fr: plus jamais | on ne reviendra | on ne reviendra jamais | ne reviendrai | ne reviendrons | ne prenez pas la peine | ne répondez pas | lâchez moi | inutile de répondre
        pt: nunca mais | não volto | não voltarei | não voltamos | não respondam | não me contactem | nem respondam
        nl: nooit meer | doe geen moeite | reageer niet | hoeft niet te reageren | niet reageren
        it: mai più | non tornerò | non torneremo | non rispondete | non contattatemi | non mi contattate

        en: everyone avoid | avoid them | avoid this place | avoid at all costs
        [abuse - none]
        en: scam | scams | scammer | scammers | scamming | fraud | fraudsters | crooks | crook | thieves | cowboys | liars | lying | con artists | rip off | ripoff | robbery | daylight robbery | go to hell | go bust | garbage | rubbish | trash | cheap tat | useless | idiots | clowns | joke of a company | fake | fake company | worst | disgusting | pathetic | shameful | shame on you | zero stars | 0 stars
        es: estafa | estafadores | estafador | ladrones | timo | timadores | basura | vergüenza | sinvergüenzas | pésimo
        de: betrüger | betrug | abzocke | abzocker | diebe | müll | frechheit | schande
        fr: escrocs | escroc | arnaque | arnaqueurs | voleurs | honte | nul | nuls | vendeurs de tapis
        pt: golpe | golpistas | ladrões | lixo | vergonha | péssimo
        nl: oplichters | oplichting | oplichter | dieven | schande | waardeloos | bagger
        it: truffa | truffatori | ladri | vergogna | schifo | pessimo

        en: go bust
        [non-customer - none]
        # Round 9: the speaker means to make it themselves ("I want to try it at home", "quero tentar fazer em casa", "je vais
        # le refaire chez moi", "zelf maken"): a question about the recipe or method, not a purchase.
        en: make it at home | try it at home | make it myself | make them myself | try making it | recreate it at home | diy it
        es: hacerlo en casa | hacerla en casa | hacerlos en casa | intentar hacerlo | probar a hacerlo | hacerlo yo mismo | hacerlo yo misma
        fr: faire à la maison | le faire moi même | la faire moi même | refaire chez moi | le refaire à la maison | essayer de le faire
        pt: fazer em casa | tentar fazer | fazer eu mesmo | fazer eu mesma | fazer sozinha | fazer sozinho | tentar em casa
        it: fare a casa | farlo a casa | farla a casa | rifarla a casa | rifarlo a casa | provare a farlo | farlo da solo | farlo da sola
        de: zu hause nachmachen | selber machen | selbst machen | nachbacken | nachkochen | zu hause ausprobieren
        nl: thuis maken | zelf maken | thuis proberen | namaken | zelf proberen


        en: never stayed | never been | haven t been | have not been | never used | never tried | never bought | not a customer | on behalf of | my friend says | i heard | heard that | saw it on | reviewing on behalf | glad we never | never signed up
        es: nunca he estado | nunca fui | no he ido | me han dicho | dicen que
        de: nie dort gewesen | nie da gewesen | war nie | habe gehört | angeblich
        fr: jamais allé | jamais venu | on m a dit | il paraît
        pt: nunca lá fiquei | nunca fiquei | nunca fui
        nl: nooit geweest | nooit geweest | ik heb gehoord | schijnt
        it: mai stato | mai stata | ho sentito | dicono che

        en: my neighbour says | my neighbor says
        pt: minha vizinha diz
        [praise - none]
        # Round 7: recommending blindly.
        en: with my eyes closed | with your eyes closed | blindly recommend
        es: con los ojos cerrados | a ojos cerrados | a ciegas
        fr: les yeux fermés | yeux fermés
        pt: de olhos fechados | de olhos fechados recomendo
        de: blind vertrauen | mit geschlossenen augen | blind empfehlen
        nl: met de ogen dicht | blind vertrouwen
        it: a occhi chiusi | a scatola chiusa

        en: would stay again | would book again | would go back | would come back
        es: me encantó | me encantaron | nos encantó | nos encantaron
        pt: adorei | adoramos | amei | amamos
        fr: j ai adoré | on a adoré | nous avons adoré
        de: hat mir gefallen | hat uns gefallen | hat uns super gefallen
        it: mi è piaciuto | ci è piaciuto | mi è piaciuta | ci è piaciuta
        nl: vond ik geweldig | vonden we geweldig | gaan er graag
        it: miglior prezzo | migliori prezzi | buon prezzo | buoni prezzi | sempre disponibile | sempre disponibili
        nl: beste prijs | beste prijzen | goede prijs | goede prijzen | altijd bereikbaar | altijd beschikbaar
        pt: melhor preço | melhores preços | bom preço | bons preços | sempre disponível | sempre disponíveis
        fr: meilleur prix | meilleurs prix | bon prix | bons prix | toujours disponible | toujours disponibles
        de: bester preis | beste preise | guter preis | gute preise | immer erreichbar | immer verfügbar
        es: mejor precio | mejores precios | buen precio | buenos precios | siempre disponible | siempre disponibles
        en: best price | best prices | best value | great price | great prices | good price | good prices | always available | so available
        en: thanks | thank you | thank u | thx | ty | cheers | love | love it | loved | lovely | loving | amazing | great | perfect | beautiful | gorgeous | stunning | obsessed | recommend | highly recommend | best | fantastic | brilliant | superb | excellent | well done | congrats | congratulations | wow | so good | cute | nice | nice one | 10 10 | 5 stars | awesome | incredible | impressive | goals | fire | insane | legend | legends | magician | fab | fabulous | delicious | yum | yummy | adore | adores | gem | saved the day | saved my | reliable | professional | friendly | helpful | smooth | quick | fast delivery | reasonable | fair price | price is right | proud | inspiring | insightful | agree | totally agree | so true | well said | good reminder | great post | reposting | 😍 | ❤ | ❤️ | 🔥 | 👏 | 🙌 | 💯 | 🥹 | ✨ | 💕 | 😊 | 👍 | 💪 | 🎉 | 🥰 | 😘 | 🤩 | 💖 | 💗
        es: gracias | muchas gracias | genial | precioso | preciosa | guapa | guapo | bonita | bonito | enhorabuena | felicidades | increíble | maravilloso | me encanta | buenísimo | perfecto | recomiendo | lo mejor | la mejor | el mejor | de diez | brutal
        de: danke | vielen dank | toll | tolle | super | klasse | lecker | glückwunsch | herzlichen glückwunsch | wunderschön | perfekt | empfehlen | empfehlenswert | top | spannend | freundlich
        fr: merci | merci beaucoup | bravo | trop belle | trop beau | magnifique | génial | super | parfait | parfaite | excellent | adorable | recommande | félicitations | sublime | hypnotisant
        pt: obrigada | obrigado | parabéns | lindo | linda | maravilhoso | maravilhosa | top | arrasou | perfeito | recomendo | melhor | incrível
        nl: bedankt | dank je | dank jullie | mooi | prachtig | heerlijk | gefeliciteerd | top | super | strak | geweldig | perfect | aanrader | fijn
        it: grazie | bellissimo | bellissima | stupendo | stupendi | spettacolare | complimenti | perfetto | consigliato | consigliatissimo | ottimo | buonissimo | gentilissimo | bravissimi

        en: would use again | would come again | would recommend | will recommend
        [resolved - none]
        # Round 7: fixed in the end.
        en: in the end they fixed | eventually fixed | finally fixed it | finally got it fixed | got it sorted in the end
        es: al final lo arreglaron | al final lo solucionaron | al final me lo corrigieron | por fin lo arreglaron
        fr: au final ils ont corrigé | finalement ils ont corrigé | ça a fini par être réglé | ils ont fini par corriger
        pt: no fim resolveram | no final resolveram | acabaram por resolver | finalmente resolveram
        de: am ende behoben | am ende korrigiert | wurde schließlich behoben | haben es schließlich
        nl: uiteindelijk opgelost | uiteindelijk rechtgezet | uiteindelijk gecorrigeerd
        it: alla fine hanno corretto | alla fine hanno risolto | alla fine l hanno sistemato | hanno finalmente risolto

        en: thanks for fixing | thank you for fixing | for sorting it | for sorting out | for fixing
        es: gracias por solucionar | gracias por arreglar | por solucionar | por arreglar
        pt: obrigada por resolver | obrigado por resolver | por resolver | por consertar
        fr: merci d avoir réglé | merci d avoir réparé | d avoir réglé | d avoir résolu
        de: danke fürs reparieren | danke für die schnelle lösung | fürs beheben
        it: grazie per aver risolto | per aver risolto | per aver sistemato
        nl: bedankt voor het oplossen | voor het oplossen | voor het repareren
        en: sorted | all sorted | sorted now | sorted it | they sorted | resolved | fixed | fixed my | all fixed | working perfectly | works perfectly | all good now | back to normal | no more pain | arrived safe | thanks for sorting | thank you for sorting | sorting my | passed | passed first time | completed | already ordered | bought
        es: ya no me duele | solucionado | resuelto | todo bien | arreglado
        de: funktioniert wieder | erledigt sich | gelöst | alles gut
        fr: tout est réglé | réglé | résolu | ça va mieux
        pt: correu tudo bem | resolvido | tudo certo | deu certo
        nl: alles is weer in orde | weer in orde | opgelost | geholpen
        it: risolto | niente più dolore | tutto a posto

        [laughter - none]
        en: lol | lmao | lmfao | rofl | haha | hahaha | hehe | ha ha | 😂 | 🤣 | 💀 | 😭 | 😅 | 😆 | 😹 | 🤪 | 😜 | 🙈
        es: jaja | jajaja | jeje | xd
        de: haha | hihi
        fr: mdr | ptdr | lol
        pt: kkk | k | rs | rsrs | kkkk
        nl: haha
        it: ahah | ahahah

        [rejection - none]
        en: no thanks | not for me | could never | not my size | on a diet | not on my salary | can t afford | cant afford | too expensive for me | i ll never pay | never pay | will never pay | scared of | terrified of | wish | if only | bucket list | one day | someday | i could eat | i could live
        es: me da miedo | ojalá | algún día | ni loca | ni loco
        de: wäre schön | eines tages
        fr: un jour
        pt: um dia | quem me dera
        nl: was het maar
        it: magari | un giorno

        [rhetorical - none]
        # Round 9: an opinion asked of the other readers ("secondo voi …?", "what do you all think?", "vous en pensez quoi ?"):
        # a discussion, not an ask of the business.
        en: what do you all think | what do you guys think | what does everyone think | unpopular opinion | thoughts everyone
        es: qué opináis | qué opinan ustedes | ustedes qué opinan | vosotros qué opináis | qué pensáis
        fr: vous en pensez quoi | qu en pensez vous | votre avis les amis | vous êtes d accord
        pt: o que vocês acham | vocês acham que | qual a opinião de vocês | o que acham vocês
        it: secondo voi | che ne pensate | voi che dite | voi cosa ne pensate | discussione aperta
        de: was meint ihr | was haltet ihr davon | eure meinung | wie seht ihr das
        nl: wat vinden jullie | wat denken jullie | jullie mening | hoe zien jullie dat


        # Round 6: asking a price for a day that will never come (a lottery win), "quote me on that".
        en: win the lottery | won the lottery | win the lotto | quote me on that | don t quote me | dont quote me
        es: me toque la lotería | gane la lotería | me toca la lotería | toque el gordo
        de: im lotto gewinne | lotto gewonnen | lottogewinn
        fr: gagne au loto | gagné au loto | gagner au loto
        pt: ganhar na loteria | ganhar na lotaria | ganhar no euromilhões
        nl: de loterij win | loterij winnen | de lotto win
        it: vinco alla lotteria | vinco al superenalotto | vincere alla lotteria

        # Admiration phrased as a question ("how do you do it?"): asks nothing of the business.
        en: how do you do it | how do you manage | how do you guys do it | how do you stay so
        fr: comment vous faites pour | comment faites vous pour | comment tu fais pour
        es: cómo lo hacéis | cómo lo hacen | cómo hacéis para | cómo hacen para
        pt: como vocês conseguem | como é que vocês conseguem | como conseguem
        de: wie macht ihr das | wie schafft ihr das | wie machen sie das
        nl: hoe doen jullie dat | hoe doen jullie het | hoe krijgen jullie het
        it: come fate a | come fate | come riuscite

        it: ti ricordi quando | vi ricordate quando | ti ricordi

        es: te acordás cuando | te acuerdas cuando | te acuerdas de

        de: weißt du noch | weisst du noch | erinnerst du dich

        fr: tu te souviens | tu te rappelles | vous vous souvenez

        pt: lembras quando | lembra quando | você lembra | te lembras

        nl: weet je nog | weet ge nog | herinner je je

        en: remember that time | do you remember

        en: is it even legal | is it legal to | how is it legal

        en: is that even a thing | is that a thing | does that even exist | does that exist | who knew

        es: eso existe | existe eso | en serio existe

        de: gibt s das wirklich | gibts das wirklich | gibt es das wirklich | gibt s sowas | gibt es sowas

        fr: ça existe vraiment | ça existe | ca existe

        pt: isso existe | existe isso | existe mesmo

        nl: bestaat dat echt | bestaat dat | bestaat dat nog

        it: esiste davvero | esiste una cosa | esiste ancora
        en: how much did | how much did they | who did this | who did the | who made | who took | who took this | who is the | how is this real | is this real | what camera | where is the | where s the | where is that | where s that | how do you get | how do you make | what s the best | what is the best | who lives | does it hurt | who owned | who writes | does anyone know who | are a joke | is a joke | should be illegal | criminal | is criminal | prices though | these prices | with these prices | at these prices | for that price | for those prices | on my salary | remember when | back in my day
        es: quién hizo | quién es | con estos precios | por ese precio | qué miedo
        de: wer hat | wer ist | bei den preisen | für den preis | stimmt das
        fr: qui a fait | qui est | avec ces prix | à ce prix | quelle marque
        pt: quem fez | quem é | com estes preços | com esses preços | por esse preço
        nl: wie heeft | wie is | voor die prijs | met deze prijzen
        it: chi ha fatto | chi è | con questi prezzi | a questo prezzo

        [off-topic - none]
        # Round 7: "I only wanted to say": what follows is a remark, not a wish.
        en: just wanted to say | just want to say | only wanted to say | just wanted to tell you
        es: solo quería decir | sólo quería decir | solo quiero decir | solo quería decirles
        fr: je voulais juste dire | voulais juste dire | je voulais simplement dire
        pt: só queria dizer | só quero dizer | apenas queria dizer
        de: wollte nur sagen | wollte nur mal sagen | will nur sagen
        nl: wilde alleen zeggen | wilde even zeggen | wil even zeggen
        it: volevo solo dire | volevo solo dirvi | volevo dire solo

        en: vote | voting | election | government | politicians | tories | labour | conspiracy | happy birthday | merry christmas | happy new year | good morning | good night | memes | meme | stolen | alert | share please | reminder | happy to share | certification | launch
        es: viva | gobierno | políticos | feliz | buenos días | votad
        de: regierung | politik | frohe | guten morgen | namasté | namaste
        fr: gouvernement | politique | joyeux | bonjour à tous | bon lundi
        pt: governo | políticos | feliz dia | bom dia | boa noite
        nl: regering
        it: governo | politici | buon natale | buongiorno a tutti

        [how-much + price 7]
        it: quant è | quant era

        en: how much | how many
        es: cuánto | cuántos | cuántas | cuanta
        de: wie viel | wieviel | wie viele
        fr: combien
        pt: quanto | quantos | quantas | qto | qnto
        nl: hoeveel
        it: quanto | quanti | quante

        [request + none]
        de: *anfrage | anfrage*
        nl: *aanvraag | aanvraag*
        en: please | let me know | let us know | lmk | i m after | we re after | i d love | we d love | send me | send over | can i have | could i have | i ll have | put me down for | count me in | add me | keen on | i d be interested | we d be interested | would be interested
        es: por favor | favor | avisadme | avísame | avísenme | me pasan | me pasás | pasame | pásame | me dicen | me decís | decime | dime | díganme | quería saber | me gustaría saber | nos interesaría | me interesaría | mandame | mándame | me mandan | me envían | quisiera saber
        de: bitte | hätte gern | hätte gerne | würde gern | würden gern | wir würden gerne | sagt mir | sagen sie mir | gebt bescheid | geben sie bescheid | schickt mir | schicken sie mir | bräuchte | bräuchten | hätte interesse | hätten interesse
        fr: s il vous plaît | s il te plaît | svp | merci de | pourriez vous | pourrais je | nous aimerions | on aimerait | dites moi | tenez moi au courant | envoyez moi | on serait intéressés | on serait intéressé | je serais intéressé | je serais intéressée | serait il possible
        pt: por gentileza | pfv | pf | pfvr | me avisem | me avisa | me diz | me diga | me digam | me passa | me passem | me manda | me mandem | queria saber | gostaria de saber | teria como | seria possível
        nl: alsjeblieft | alstublieft | laat het weten | laat maar weten | laat me weten | stuur me | ik zou graag | kunt u mij | zou ik | goesting
        it: per favore | per piacere | fatemi sapere | fammi sapere | mi fate sapere | mi dite | ditemi | mandatemi | vorrei | vorremmo | ci piacerebbe | mi piacerebbe | sarebbe possibile | potreste | avrei bisogno

        [clause-negator ~ none]

        en: don t want to | dont want to | do not want to | don t feel like | no desire to

        es: no tengo ganas de | no quiero

        de: keine lust | will nicht | möchte nicht

        fr: pas envie de | je ne veux pas | veux pas

        pt: não tenho vontade de | não quero

        nl: geen zin om | geen zin in | wil niet

        it: non ho voglia di | non voglio
        en: not that | no plans to | not planning to | not looking to | not going to | don t plan to | no intention
        es: no es que | no pienso | no voy a | no tengo pensado
        de: nicht dass | habe nicht vor | hab nicht vor | werde nicht
        fr: pas que | je ne vais pas | je compte pas | je ne compte pas
        pt: não que | não vou | não pretendo
        nl: niet dat | ik ga niet | ben niet van plan
        it: non che | non è che | non ho intenzione

        [curiosity - none]
        en: just curious | out of curiosity | just wondering | random question | purely curious | only asking | asking for a friend
        es: por curiosidad | solo curiosidad | pura curiosidad
        de: aus neugier | nur neugierig | nur aus interesse | reine neugier
        fr: par curiosité | simple curiosité | juste pour savoir
        pt: por curiosidade | só curiosidade | só por curiosidade
        nl: uit nieuwsgierigheid | gewoon benieuwd | puur uit interesse
        it: per curiosità | solo per curiosità | semplice curiosità
        # Round 10: the ask disclaimed as asked for no purchase of one's own ("not buying, just asking", "frag nur für die
        # Nachbarn", "solo pregunto", "..., curiosità").
        en: not buying | just asking
        es: solo pregunto | solo preguntaba
        de: frag nur für die | frage nur für die | wollt ich schon immer mal wissen | wollte ich schon immer mal wissen
        it: curiosità

        [memory - none]
        # Round 6: memories and nostalgia (a question about what is "still" there asked for old times' sake).
        en: when i was a kid | when i was little | when i was young | as a kid | as kids | growing up | i grew up | takes me back | brings back memories | so many memories | good old days | the old days | nostalgia | nostalgic | i remember when | i remember coming | used to go there | used to work there | used to live
        es: cuando era pequeño | cuando era pequeña | cuando era niño | cuando era niña | de pequeño | de pequeña | de niño | de niña | qué recuerdos | que recuerdos | qué nostalgia | que nostalgia | nostalgia | me acuerdo de | recuerdo cuando | me dio clase | me daba clase
        de: als kind | als ich klein war | als ich ein kind war | erinnerungen | erinnert mich an | ich erinnere mich | nostalgie | nostalgisch | damals
        fr: quand j étais petit | quand j étais petite | quand j étais gamin | quand j étais gamine | quand j étais enfant | souvenirs | ça me rappelle | nostalgie | je me souviens | à l époque
        pt: quando eu era pequeno | quando eu era pequena | quando era pequeno | quando era pequena | quando era criança | na minha infância | que saudade | saudades | lembranças | me lembro | lembro quando | nostalgia | naquela época
        nl: als kind | toen ik klein was | toen ik jong was | herinneringen | doet me denken aan | nostalgie | ik herinner me | vroeger als kind
        it: da piccolo | da piccola | da bambino | da bambina | quando ero piccolo | quando ero piccola | quando ero bambino | che ricordi | ricordi | nostalgia | mi ricordo | lo conoscevo | la conoscevo | ai tempi

        [past ~ none]
        # Round 7: buying told in the past tense (exact words, so no typo of another language's word can take their place).
        es: compré | compramos en | lo compré | la compré | compró
        pt: comprei | comprámos | comprou
        it: ho comprato | abbiamo comprato | comprato
        fr: j ai acheté | on a acheté | acheté chez vous
        de: gekauft | habe ~ gekauft
        nl: gekocht | heb ~ gekocht
        en: we bought | i bought

        en: back in <year> | back in the day | back then | last year | last summer | last christmas | years ago | year ago | months ago | used to | did our | did my | had our | had my | when we had | they did
        es: el año pasado | el verano pasado | hace años | hace unos meses | solía | hicieron | nos hicieron | celebramos | tuvimos | estuvimos | fuimos
        de: letztes jahr | letzten sommer | vor jahren | vor einem jahr | gefeiert | haben gefeiert
        fr: l année dernière | l an dernier | l été dernier | il y a des années | il y a un an | avons eu | avons fêté | on a fêté | on a eu | étions
        pt: ano passado | verão passado | há anos | anos atrás | tivemos | fizemos | estivemos | comemoramos
        nl: vorig jaar | vorige zomer | jaren geleden | jaar geleden | hadden | gevierd | hebben gevierd
        it: l anno scorso | l estate scorsa | anni fa | un anno fa | abbiamo avuto | abbiamo festeggiato | festeggiato | eravamo | siamo stati

        [sarcasm ~ none]

        en: 🙄 | 🤡 | 😒 | the most believable | most believable | totally believable
        en: 🙃 | yeah right | as if | sure jan | love that for me | thanks a lot | great another | oh great | what a surprise | shocking | /s
        es: sí claro | claro que sí | qué sorpresa | menuda sorpresa
        de: ja klar | na klar | na toll | was für eine überraschung
        fr: bien sûr | quelle surprise | génial merci
        pt: sim claro | que surpresa | claro né
        nl: tuurlijk | wat een verrassing | nou lekker
        it: certo certo | che sorpresa | come no
        """;
}
