namespace LeadsNotLikes.Scoring;

/// <summary>
/// The shipped model weights (<c>name&lt;TAB&gt;log-odds</c>): lead weights, then the intent weights
/// (<c>intent:&lt;intent&gt;:&lt;feature&gt;</c>). Written by <c>LeadsNotLikes.Cli train</c>.
/// </summary>
internal static class LeadWeights
{
    public const string Tsv = """
        (bias)	-2.9662
        contact-sent	4.3534
        price-ask	3.7588
        tag-plan	3.2801
        contact-ask	3.0589
        purchase-ask	2.6567
        callback-promise	2.4931
        complaint-with-request	2.291
        price-shape	2.2213
        booking-ask	2.1564
        request	2.0903
        how-much	2.0441
        timing	2.0224
        switching	1.959
        availability-ask	1.9043
        sign-up	1.8388
        current-provider	1.8
        party-size	1.7419
        deal-ask	1.7382
        lex:link	1.6047
        team-vocabulary-question	1.6
        recovery	1.4276
        lex:mp	1.363
        seeking-replacement	1.2999
        future-visit	1.2189
        purchase-topic	1.2111
        team-vocabulary	1.2
        lex:dann	1.1509
        lex:whats	1.1164
        lex:can	1.1145
        conditional-offer	1.0921
        lex:box	1.0859
        booking-request	1.0814
        lex:x	1.0247
        imperative-request	0.9723
        question	0.954
        need-plan	0.9437
        lex:que me	0.9104
        lex:o	0.9057
        lex:quero	0.8948
        lex:wir	0.8817
        availability-question	0.8718
        price-word	0.8545
        lex:precio	0.8528
        lex:order	0.8476
        lex:tarif	0.8433
        lex:comment	0.8373
        lex:any	0.8332
        lex:dm	0.8178
        lex:plan	0.8173
        lex:abonne	0.808
        lex:come	0.8035
        lex:for the	0.803
        lex:a gente	0.7983
        lex:voltou	0.7935
        lex:bitte	0.7934
        lex:nos	0.7883
        lex:hint	0.7779
        lex:no	0.7757
        addressed-question	0.7676
        booking-noun	0.7566
        lex:ich	0.7498
        lex:como	0.7459
        lex:prijs	0.7305
        lex:wollen	0.7253
        lex:semi	0.7195
        lex:pa	0.7158
        lex:ook	0.7119
        lex:veux	0.7108
        lex:zodra	0.709
        lex:una	0.7089
        lex:interessada	0.7062
        lex:del	0.7016
        lex:zodra de	0.6899
        lex:dije	0.6868
        lex:we need	0.6858
        lex:graag	0.6826
        lex:om	0.6824
        lex:staat	0.6786
        lex:me	0.6668
        lex:attends	0.6641
        lex:j attends	0.6641
        lex:qto	0.6583
        lex:chez vous	0.656
        lex:april	0.6559
        lex:mandato	0.6559
        lex:per	0.6488
        lex:te dije	0.6478
        lex:teamsystem	0.6455
        lex:info	0.6445
        lex:lien	0.6429
        lex:pro	0.6371
        lex:ja to	0.6321
        lex:nog	0.6313
        lex:serait	0.6308
        lex:mit	0.6283
        lex:of the	0.6268
        lex:u	0.6263
        lex:nehm	0.6206
        lex:hint hint	0.6189
        lex:bon	0.617
        mention	0.6167
        question-opener	0.6144
        lex:je m	0.6103
        lex:me la	0.6097
        lex:kann	0.6058
        lex:giugno	0.6051
        lex:someone	0.6007
        lex:noleggio	0.597
        lex:mois	0.5955
        lex:combien	0.5918
        lex:permanent	0.5904
        lex:up for	0.5867
        lex:no hay	0.586
        lex:e ancora	0.5846
        lex:am	0.5843
        lex:ende	0.5837
        lex:menos	0.5821
        lex:pour un	0.5802
        lex:this for	0.5782
        lex:mandei	0.5725
        lex:trim	0.569
        lex:wenn	0.569
        lex:si	0.5675
        lex:ne mail	0.5651
        lex:about	0.5643
        lex:semana	0.5622
        lex:pls	0.5619
        lex:golf	0.5617
        lex:sin	0.5536
        lex:on fait	0.552
        lex:schrijf	0.5517
        lex:potete	0.5515
        lex:scritto in	0.5512
        lex:pilates	0.5505
        lex:raus	0.5504
        lex:geschickt	0.5503
        lex:tarif pour	0.548
        lex:ma non	0.5463
        lex:auch	0.546
        lex:hoe	0.5456
        lex:prezzo	0.5405
        lex:kfz	0.5398
        lex:gleich	0.5366
        lex:need this	0.5348
        lex:wird	0.5338
        lex:dm d	0.5331
        lex:carnaval	0.5325
        lex:before	0.5321
        lex:net	0.5311
        lex:bald	0.5301
        lex:ainda	0.5299
        lex:ce serait	0.5295
        lex:mij	0.5291
        lex:allora	0.5289
        lex:has	0.526
        lex:bei	0.524
        lex:wegen	0.5214
        lex:que te	0.5209
        lex:cumple	0.5207
        lex:a skin	0.5174
        lex:skin fade	0.5174
        lex:envoye	0.5152
        lex:m	0.5141
        lex:incrivel	0.5139
        lex:as datas	0.5137
        lex:datas	0.5137
        lex:pillo	0.5133
        lex:vou	0.5122
        lex:ich nehm	0.512
        lex:kit	0.5116
        lex:para	0.5094
        lex:te	0.5092
        lex:do u	0.5091
        lex:vostra	0.5091
        lex:jahre	0.5062
        lex:parte	0.5052
        lex:voglio	0.5052
        lex:gestuurd	0.5038
        lex:geburtstag	0.5021
        lex:en veux	0.5019
        lex:negozio	0.5005
        lex:i ll	0.4966
        lex:tienen	0.4962
        lex:yours	0.496
        lex:vendo	0.4948
        lex:im	0.4942
        lex:want	0.4941
        lex:ref	0.494
        lex:will	0.4935
        lex:wordt	0.4901
        lex:stock	0.487
        lex:fahrer	0.4852
        lex:unser	0.4838
        lex:three	0.4829
        lex:done with	0.4819
        lex:antes	0.4812
        lex:schnitt	0.4805
        lex:club	0.4799
        lex:mettez	0.4798
        lex:melden	0.4788
        lex:ogni	0.4788
        lex:signed	0.4742
        lex:vertrag	0.4733
        lex:dia	0.473
        lex:volta	0.4726
        lex:in stock	0.4722
        lex:gennaio	0.4712
        lex:balayage	0.4705
        lex:sent	0.4692
        lex:passo	0.4679
        lex:semaines	0.4676
        lex:student	0.4672
        lex:compra	0.4667
        lex:gemacht	0.4663
        lex:le	0.4646
        lex:fur	0.4642
        lex:kosten	0.4636
        lex:kerstdag	0.4622
        lex:cadeau	0.4602
        lex:cadeau pour	0.4602
        lex:habt ihr	0.4595
        lex:super	0.4586
        lex:pode	0.4583
        lex:tem no	0.4583
        lex:kommen	0.4581
        lex:tema	0.4579
        lex:herencia	0.4575
        lex:tema de	0.4575
        lex:ce	0.4572
        lex:un poste	0.4572
        lex:per la	0.4567
        lex:poste	0.4552
        lex:fixe	0.4543
        lex:fecha	0.4534
        lex:on	0.451
        lex:si me	0.451
        lex:left	0.4509
        lex:vorrei	0.4507
        lex:est encore	0.4492
        lex:viso	0.4489
        lex:soluzione	0.4486
        lex:hier soir	0.4477
        lex:habt	0.4474
        lex:done	0.4472
        lex:can someone	0.4441
        lex:geht	0.4425
        lex:una demo	0.4425
        lex:kan	0.442
        lex:ta	0.4415
        lex:utrecht	0.4411
        lex:es la	0.441
        lex:tranquila	0.4403
        lex:get	0.4402
        lex:janner	0.4377
        lex:sort	0.4369
        lex:meld	0.4367
        lex:scrivetemi	0.4361
        lex:interessati	0.436
        lex:siamo interessati	0.436
        lex:date	0.4359
        lex:moi	0.4359
        lex:much for	0.4355
        lex:forearm	0.4354
        lex:moglich	0.4351
        lex:zet	0.4351
        lex:il	0.434
        lex:current	0.4339
        lex:cafe da	0.4337
        lex:sposa	0.4336
        lex:prendiamo	0.4333
        lex:la meme	0.4323
        lex:abo	0.4311
        lex:les	0.4311
        lex:prenez les	0.431
        lex:nachsten monat	0.4301
        lex:palm	0.4301
        lex:adesso	0.4292
        lex:under	0.4292
        lex:course	0.4286
        lex:ao	0.4281
        lex:free	0.4274
        lex:valor	0.4273
        lex:hay	0.4262
        lex:attends toujours	0.4255
        lex:der	0.4254
        lex:onder de	0.4251
        lex:march	0.4248
        lex:para las	0.4242
        lex:banho	0.424
        lex:mei	0.4235
        lex:pas	0.4226
        lex:pour	0.4215
        lex:compleanno	0.4214
        lex:vous prenez	0.421
        lex:proximo	0.4199
        lex:pasar	0.4193
        lex:quoi le	0.4191
        lex:delle	0.4184
        lex:person	0.418
        lex:prenez	0.4168
        lex:teambuilding	0.4163
        lex:deciso	0.4161
        lex:ai achete	0.4159
        lex:weekly	0.4159
        lex:got any	0.4129
        lex:coming	0.4126
        lex:steeds	0.4116
        lex:na	0.4115
        lex:ab	0.4089
        lex:contrato	0.4077
        lex:schwester	0.4075
        lex:ne	0.4064
        lex:knippen	0.4063
        lex:je veux	0.4058
        lex:cachorra	0.405
        lex:cachorra voltou	0.405
        lex:minha cachorra	0.405
        lex:volgende maand	0.4026
        lex:ihr	0.402
        lex:sent you	0.4011
        lex:and a	0.401
        lex:velo	0.4008
        lex:encore	0.4001
        lex:man	0.4
        lex:und die	0.3997
        lex:voor mijn	0.3996
        lex:message	0.3978
        lex:dit is	0.397
        lex:kan ik	0.3962
        lex:ya esta	0.3954
        lex:fineline	0.3949
        lex:kids and	0.3947
        lex:stupendo	0.3943
        lex:vous en	0.3923
        lex:mijn	0.3921
        lex:internet	0.3913
        lex:dann ist	0.3911
        lex:wien	0.3891
        lex:valencia	0.3889
        lex:a dog	0.3878
        lex:zuruck	0.3876
        lex:manha	0.3875
        lex:chi posso	0.3873
        lex:retour	0.3862
        lex:ca	0.3851
        lex:tarifa	0.3847
        lex:thinking of	0.3841
        lex:pe	0.3826
        lex:honestly done	0.3811
        lex:a joke	0.3806
        lex:qu	0.3804
        lex:kost	0.3798
        lex:tecnico	0.3798
        lex:wat	0.3788
        lex:gut	0.3785
        lex:thinking	0.3777
        lex:due	0.3767
        lex:my current	0.3764
        lex:if they	0.3759
        lex:apunto	0.3757
        lex:apunto al	0.3757
        lex:juni	0.3753
        lex:bad	0.3751
        lex:buenas	0.3745
        lex:antes de	0.3732
        lex:quedo	0.3731
        lex:looking at	0.3719
        lex:appena	0.3717
        lex:other	0.3717
        lex:leeds	0.3716
        lex:une	0.37
        lex:ballpark	0.3697
        lex:geliefert	0.3681
        lex:ship	0.368
        lex:in utrecht	0.3675
        lex:voor	0.3673
        lex:theorie	0.3672
        lex:bitte um	0.367
        lex:green	0.3659
        lex:the green	0.3659
        lex:alles gut	0.3657
        lex:ist alles	0.3657
        lex:svp	0.3652
        lex:en valencia	0.3651
        lex:moeder	0.3646
        lex:se me	0.3642
        lex:maand	0.3635
        lex:nog in	0.3629
        lex:estamos	0.3623
        lex:in a	0.3616
        lex:preis	0.3616
        lex:mijn moeder	0.3614
        lex:table	0.3614
        lex:revisarlo	0.3613
        lex:mal an	0.3607
        lex:ohne	0.3602
        lex:hrs	0.3595
        lex:mettez moi	0.3594
        lex:pouvez	0.359
        lex:tem o	0.359
        lex:parce	0.3586
        lex:run	0.3583
        lex:next	0.3582
        lex:poi non	0.3581
        lex:d you	0.358
        lex:ogni mese	0.3573
        lex:alguem de	0.3571
        lex:to order	0.3571
        lex:de una	0.3549
        lex:heerlijk	0.3547
        lex:neem	0.3547
        lex:die kundigung	0.3542
        lex:shoot	0.3539
        lex:bestell	0.3536
        lex:atienden	0.3533
        lex:avant	0.3532
        lex:hebben jullie	0.353
        lex:pudiera	0.353
        lex:queremos	0.3529
        lex:no p	0.3522
        lex:progressiva	0.3518
        lex:clio	0.351
        lex:first	0.3509
        lex:se	0.3495
        lex:dagen	0.3492
        lex:noch in	0.3489
        lex:schreib	0.3486
        lex:iscrivo	0.348
        lex:mi iscrivo	0.348
        lex:for	0.3473
        lex:ja mandei	0.347
        lex:moving	0.347
        lex:de gootsteen	0.3466
        lex:gootsteen	0.3466
        lex:el	0.3455
        lex:laser	0.3448
        lex:patients	0.3442
        lex:gibts die	0.3439
        lex:as	0.3431
        lex:bewertung	0.343
        lex:in march	0.3428
        lex:je vous	0.3422
        lex:gedaan voor	0.3421
        lex:via het	0.3421
        lex:in privato	0.3419
        lex:privato	0.3419
        lex:on s	0.3413
        lex:sie	0.3408
        lex:die halfte	0.3407
        lex:halfte	0.3407
        lex:klappt	0.3407
        lex:rotto	0.3406
        lex:ballpark for	0.3394
        lex:entao	0.3392
        lex:van	0.3388
        lex:wir wollen	0.3388
        lex:it on	0.3384
        lex:bring	0.3379
        lex:on the	0.3378
        lex:den	0.3377
        lex:ik neem	0.3376
        lex:mese	0.3374
        lex:ware	0.3372
        lex:joke	0.3363
        lex:dal	0.3362
        lex:tagen	0.336
        lex:bergamo	0.3349
        lex:hotline	0.3341
        lex:send	0.3323
        lex:mp envoye	0.3318
        lex:gia prenotato	0.3316
        lex:paso	0.3312
        lex:usamos	0.3309
        lex:der schweiz	0.3304
        lex:schweiz	0.3304
        lex:vrij	0.3304
        lex:student rate	0.3301
        lex:jullie ook	0.3297
        lex:siete ancora	0.3295
        lex:skin	0.329
        lex:donderdagavond	0.3288
        lex:comment on	0.3283
        lex:ihr euch	0.3271
        lex:nieuwe	0.3271
        lex:too	0.3262
        lex:month	0.3252
        lex:im janner	0.3251
        lex:apk	0.3247
        lex:apartamento	0.3243
        lex:mardi	0.3237
        lex:vous ai	0.3237
        lex:water	0.3231
        lex:you win	0.3231
        lex:fico	0.323
        lex:a cozinha	0.3228
        lex:prix	0.322
        lex:win	0.3217
        lex:got a	0.3216
        lex:mail	0.3216
        lex:january	0.3214
        lex:konnt	0.3212
        lex:move	0.321
        lex:servico	0.3208
        lex:a bergamo	0.3205
        lex:contattarmi	0.3204
        lex:non ho	0.3202
        lex:ik	0.3197
        lex:books	0.3187
        lex:kill	0.3187
        lex:trataram	0.3187
        lex:detartrage	0.3186
        lex:club del	0.3185
        lex:quanto costa	0.3179
        lex:primavera	0.3173
        lex:ci	0.3159
        lex:our	0.3156
        lex:funktioniert	0.3155
        lex:pn geschickt	0.3155
        lex:ainda ha	0.3152
        lex:e poi	0.3152
        lex:graz	0.3151
        lex:haal	0.3151
        lex:haal ik	0.3151
        lex:p	0.3151
        lex:mn	0.3147
        lex:dos	0.3146
        lex:vir	0.3145
        lex:ho fatto	0.3144
        lex:pueda	0.3144
        lex:onder	0.3137
        lex:ons in	0.3132
        lex:order the	0.3132
        lex:in leeds	0.3127
        lex:kijken	0.3127
        lex:semesterferien	0.3125
        lex:vous	0.3125
        lex:im herbst	0.3124
        lex:passer	0.3124
        lex:sinon	0.3115
        lex:date de	0.3112
        lex:el viernes	0.311
        lex:quanto	0.3107
        lex:vostro	0.3101
        lex:mim	0.3097
        lex:pra mim	0.3097
        lex:sigue disponible	0.3097
        lex:sto a	0.3094
        lex:die groene	0.3083
        lex:est combien	0.3083
        lex:groene	0.3083
        lex:dela	0.3081
        lex:contract	0.3074
        lex:een nieuwe	0.3074
        lex:us	0.3071
        lex:pour l	0.3067
        lex:kostet	0.3065
        lex:thing	0.3059
        lex:cuanto	0.3055
        lex:taking	0.3048
        lex:fibre	0.3046
        lex:amanha	0.3045
        lex:bakfiets nog	0.3037
        lex:die bakfiets	0.3037
        lex:qu on	0.3035
        lex:cozinha	0.3034
        lex:il vostro	0.3025
        lex:aguardo	0.3022
        lex:qnt	0.3021
        lex:only	0.3019
        lex:vous pouvez	0.3019
        lex:is the	0.3014
        lex:wc	0.3012
        lex:hago	0.3011
        lex:disponible	0.3009
        lex:to send	0.3008
        lex:un rimborso	0.3007
        lex:in de	0.3006
        lex:komplett	0.3006
        lex:need to	0.3006
        lex:e o	0.3003
        lex:llamar	0.3
        lex:staat de	0.3
        lex:que vem	0.2997
        lex:como hago	0.2995
        lex:biab	0.299
        lex:julho	0.299
        lex:em julho	0.2988
        lex:wat kost	0.2986
        lex:boiler	0.2985
        lex:losing	0.2983
        lex:ik hoor	0.2979
        lex:gia	0.2978
        lex:con un	0.2975
        lex:daughter	0.2969
        lex:my daughter	0.2969
        lex:piu	0.2968
        lex:bastante	0.2961
        lex:meu	0.296
        lex:konnt ihr	0.2953
        lex:pa tu	0.2952
        lex:bestell ich	0.2951
        lex:gent en	0.2951
        lex:keller	0.2944
        lex:duurder	0.2936
        lex:zaterdag	0.2936
        lex:doppelt	0.2935
        lex:eco	0.2935
        lex:holen	0.2934
        lex:dir	0.2932
        lex:torno	0.2927
        lex:wie funktioniert	0.2926
        lex:dispo en	0.2923
        lex:herbst	0.2921
        lex:esse o	0.2918
        lex:do i	0.2916
        lex:missing	0.291
        lex:in m	0.2907
        lex:volgende	0.2896
        lex:avez encore	0.2894
        lex:vanaf	0.2887
        lex:veg	0.2885
        lex:haar	0.2881
        lex:haben schon	0.288
        lex:wechseln	0.288
        lex:the veg	0.2879
        lex:veg box	0.2879
        lex:che la	0.2878
        lex:plantao	0.2876
        lex:is de	0.2871
        lex:lunedi	0.2871
        lex:plano	0.2871
        lex:zeker	0.2866
        lex:heizung	0.2862
        lex:promis	0.2862
        lex:stp	0.2856
        lex:we re	0.2855
        lex:zu	0.2852
        lex:depois da	0.2847
        lex:riuscite	0.2843
        lex:riuscite a	0.2843
        lex:o de	0.2841
        lex:vrij in	0.2837
        lex:ik wil	0.2834
        lex:pour les	0.2828
        lex:qnt o	0.2828
        lex:uhr	0.2828
        lex:de meivakantie	0.2827
        lex:meivakantie	0.2827
        lex:vinos	0.2826
        lex:wey	0.2826
        lex:fin	0.2824
        lex:mudo	0.2824
        lex:nachsten	0.2819
        lex:giovedi alle	0.2811
        lex:agora	0.281
        lex:e tutto	0.281
        lex:meld ich	0.281
        lex:atelier	0.2807
        lex:bleib	0.2805
        lex:allez	0.2804
        lex:nice	0.2804
        lex:atm	0.2803
        lex:quero uma	0.2803
        lex:mande	0.2801
        lex:fim do	0.28
        lex:in mei	0.2796
        lex:o ya	0.2796
        lex:verjaardag	0.2796
        lex:bin raus	0.2794
        lex:pn	0.2793
        lex:sigue	0.2792
        lex:lukt	0.278
        lex:lukt dat	0.278
        lex:on me	0.2767
        lex:was kostet	0.2767
        lex:lauft ende	0.2766
        lex:nochmal	0.2766
        lex:cada	0.2764
        lex:dagen geen	0.2764
        lex:matteo	0.2763
        lex:in schladming	0.2762
        lex:schladming	0.2762
        lex:keep	0.2759
        lex:suis a	0.2757
        lex:ich will	0.2742
        lex:mcfit	0.2741
        lex:me interesa	0.2737
        lex:y la	0.2737
        lex:aula experimental	0.2736
        lex:experimental	0.2736
        lex:spedite	0.2736
        lex:ich mich	0.2733
        lex:verkocht	0.2733
        lex:reply	0.2732
        lex:euch ohne	0.2731
        lex:praxis	0.2729
        lex:le lien	0.2726
        lex:lien marche	0.2726
        lex:marche pas	0.2726
        lex:winkel	0.2726
        lex:os	0.2724
        lex:jubila	0.2722
        lex:se jubila	0.2722
        lex:baard	0.2718
        lex:team plan	0.2718
        lex:igualzinha	0.2717
        lex:call me	0.2715
        lex:treppenhaus	0.2712
        lex:iscrivo al	0.271
        lex:job on	0.2708
        lex:estoy	0.2706
        lex:intensivo	0.2705
        lex:qto ta	0.2705
        lex:cerchiamo	0.2698
        lex:montatura	0.2698
        lex:questo	0.2693
        lex:ich das	0.2691
        lex:mich	0.269
        lex:fez a	0.2689
        lex:wurde	0.2687
        lex:tem	0.2686
        lex:once	0.2684
        lex:ungefahr	0.2678
        lex:goedkoper	0.2675
        lex:wiskunde	0.2672
        lex:about a	0.2671
        lex:goes	0.267
        lex:depois	0.2669
        lex:lauft	0.2667
        lex:je voudrais	0.2664
        lex:voudrais	0.2664
        lex:they do	0.2663
        lex:do	0.266
        lex:le lendemain	0.2651
        lex:lendemain	0.2651
        lex:jaqueta	0.2648
        lex:meu vizinho	0.2645
        lex:vizinho	0.2645
        lex:correo	0.2641
        lex:import	0.2639
        lex:corte	0.2635
        lex:uno	0.2635
        lex:over	0.2634
        lex:blijf	0.2633
        lex:teuer und	0.2626
        lex:da pra	0.2624
        lex:com a	0.2623
        lex:ta a	0.2622
        lex:vino	0.2622
        lex:commerce di	0.2621
        lex:un e	0.2621
        lex:un geste	0.2617
        lex:tu cumple	0.2616
        lex:are you	0.2608
        lex:ce l	0.2607
        lex:with the	0.2607
        lex:vertrag lauft	0.2604
        lex:como compro	0.2603
        lex:hot	0.2602
        lex:anno	0.26
        lex:quoi	0.2593
        lex:new	0.259
        lex:probefahrt	0.259
        lex:cliente	0.2588
        lex:kuche	0.2584
        lex:blijf ik	0.258
        lex:fim	0.258
        lex:ne pn	0.258
        lex:vem	0.2574
        lex:augsburg	0.2569
        lex:in augsburg	0.2569
        lex:terugbellen	0.2569
        lex:bleiben	0.2568
        lex:toujours pas	0.2568
        lex:ist mir	0.2566
        lex:matin	0.2564
        lex:pb	0.2563
        lex:pb gestuurd	0.2563
        lex:s the	0.2563
        lex:en la	0.2554
        lex:chose pour	0.2552
        lex:zahlt man	0.2551
        lex:if someone	0.2549
        lex:plek	0.2546
        lex:top	0.2546
        lex:pacchetto	0.2542
        lex:furs	0.2541
        lex:potete contattarmi	0.2539
        lex:mum s	0.2538
        lex:zeit	0.2538
        lex:alguien	0.2537
        lex:i	0.2537
        lex:to get	0.2534
        lex:am samstag	0.2529
        lex:dias	0.2528
        lex:o menos	0.2526
        lex:sinon je	0.2517
        lex:and i	0.2516
        lex:palermo	0.2515
        lex:tavolo	0.2515
        lex:supporto	0.2514
        lex:opgehaald	0.2513
        lex:da manha	0.2509
        lex:de vries	0.2505
        lex:vries	0.2505
        lex:hija	0.2503
        lex:mi hija	0.2503
        lex:allez in	0.2501
        lex:mon mariage	0.2501
        lex:cambiare	0.25
        lex:il pacchetto	0.25
        lex:door	0.2495
        lex:there	0.2493
        lex:ik zeker	0.2492
        lex:b	0.2479
        lex:caixa	0.2479
        lex:before your	0.2477
        lex:the weekly	0.2477
        lex:eu	0.2476
        lex:roughly	0.2475
        lex:sempre na	0.2474
        lex:wide	0.2473
        lex:a progressiva	0.2472
        lex:januari	0.2471
        lex:wo	0.2462
        lex:existing	0.2461
        lex:our existing	0.2461
        lex:wine	0.246
        lex:caixa de	0.2459
        lex:com vcs	0.2459
        lex:ich komm	0.2458
        lex:que eu	0.2458
        lex:sobre	0.2456
        lex:im keller	0.2455
        lex:o plano	0.2451
        lex:que lo	0.245
        lex:sem	0.245
        lex:paso el	0.2448
        lex:he mandado	0.2447
        lex:mandado	0.2447
        lex:mandado un	0.2447
        lex:os he	0.2447
        lex:jullie een	0.2445
        lex:non ci	0.2441
        lex:schrijf ik	0.244
        lex:biscuit	0.2437
        lex:compro o	0.2437
        lex:out	0.2434
        lex:ons	0.2433
        lex:ou ja	0.243
        lex:a palm	0.2429
        lex:palm sized	0.2429
        lex:sized	0.2429
        lex:sized fineline	0.2429
        lex:arrumar	0.2427
        lex:been	0.2426
        lex:roja	0.2426
        lex:terug	0.2426
        lex:un privado	0.2425
        lex:been waiting	0.2423
        lex:steuerberater	0.2423
        lex:evier	0.2422
        lex:fineline piece	0.2422
        lex:fuite sous	0.2422
        lex:l evier	0.2422
        lex:sous l	0.2422
        lex:to keep	0.242
        lex:intensive	0.2418
        lex:intensive course	0.2418
        lex:upgrade	0.2417
        lex:angemeldet	0.2416
        lex:curso	0.2414
        lex:tres	0.2414
        lex:je pars	0.2413
        lex:pars	0.2413
        lex:space	0.2411
        lex:o senhor	0.241
        lex:senhor	0.241
        lex:ellos	0.2408
        lex:les photos	0.2408
        lex:coimbra	0.2407
        lex:komm	0.2405
        lex:pour mon	0.2404
        lex:take	0.24
        lex:domani	0.2398
        lex:is een	0.2396
        lex:it if	0.2395
        lex:keep it	0.2395
        lex:xero	0.2394
        lex:the forearm	0.2393
        lex:o link	0.2392
        lex:de l	0.239
        lex:revisao	0.2387
        lex:lauft im	0.2385
        lex:cockapoo	0.2384
        lex:verso	0.2384
        lex:o kit	0.2382
        lex:bio ta	0.2379
        lex:da bio	0.2379
        lex:link da	0.2379
        lex:est quoi	0.2377
        lex:attuale	0.2376
        lex:viernes	0.2376
        lex:second	0.2374
        lex:volto	0.2372
        lex:llevaron	0.2371
        lex:plans	0.2371
        lex:reach	0.2369
        lex:kommt	0.2368
        lex:sous	0.2367
        lex:put	0.2366
        lex:este	0.2365
        lex:a torino	0.2364
        lex:torino	0.2364
        lex:envie	0.2363
        lex:area	0.2361
        lex:mi	0.2358
        lex:gone	0.2357
        lex:chose	0.2355
        lex:tickets	0.2352
        lex:geven	0.2351
        lex:patente	0.2351
        lex:can you	0.2347
        lex:insieme	0.2344
        lex:on revient	0.2344
        lex:revient	0.2344
        lex:sin falta	0.2344
        lex:revient pour	0.234
        lex:tenes	0.234
        lex:voor zaterdag	0.2339
        lex:estamos a	0.2336
        lex:mijn zus	0.2333
        lex:zus	0.2333
        lex:levar	0.233
        lex:um ruckruf	0.2327
        lex:whats the	0.2327
        lex:in again	0.2326
        lex:set	0.2325
        lex:in gent	0.2324
        lex:the team	0.2318
        lex:commerce	0.2317
        lex:e commerce	0.2317
        lex:sbiancamento	0.2315
        lex:stasera	0.2315
        lex:puede	0.2314
        lex:to you	0.2314
        lex:bin noch	0.2313
        lex:negozio a	0.2313
        lex:saindo	0.2306
        lex:volume	0.2303
        lex:su	0.2301
        lex:la moto	0.2298
        lex:moet	0.2296
        lex:belt	0.2295
        lex:pouvez passer	0.2295
        lex:frei	0.2292
        lex:week	0.2291
        lex:gisteren	0.229
        lex:me quedo	0.2284
        lex:voor zondag	0.2283
        lex:bravissimi	0.2282
        lex:wij zoeken	0.2281
        lex:the second	0.2278
        lex:can come	0.2277
        lex:jours	0.2277
        lex:primo	0.2277
        lex:someone can	0.2277
        lex:e esse	0.2276
        lex:brands	0.2275
        lex:c1	0.2274
        lex:lohn	0.2274
        lex:worden	0.2273
        lex:but one	0.2272
        lex:one leg	0.2272
        lex:qua	0.2272
        lex:nog op	0.227
        lex:need	0.2269
        lex:wir suchen	0.2269
        lex:side	0.2268
        lex:hem	0.2266
        lex:how much	0.2266
        lex:alguem pode	0.2264
        lex:giornata	0.2264
        lex:personnes	0.2264
        lex:atienden los	0.2263
        lex:gift	0.2262
        lex:por menos	0.2261
        lex:down for	0.226
        lex:your side	0.226
        lex:em lisboa	0.2253
        lex:someone from	0.2253
        lex:samstag	0.225
        lex:vanaf januari	0.2249
        lex:limpeza	0.2245
        lex:anche	0.2244
        lex:certificacion	0.2243
        lex:dan	0.2241
        lex:el pedido	0.2241
        lex:tonight	0.2239
        lex:therme	0.2238
        lex:vestido	0.2238
        lex:den semesterferien	0.2233
        lex:rijtjeshuis	0.2231
        lex:allume	0.223
        lex:le voyant	0.223
        lex:voyant	0.223
        lex:from your	0.2229
        lex:na school	0.2227
        lex:been with	0.2224
        lex:green suede	0.2222
        lex:jacket still	0.2222
        lex:suede	0.2222
        lex:suede jacket	0.2222
        lex:reveillon	0.2221
        lex:stock in	0.2221
        lex:birthday	0.2219
        lex:wechsel	0.2216
        lex:presupuesto	0.2214
        lex:quanto ta	0.2214
        lex:tracking	0.2213
        lex:prendo	0.221
        lex:reach out	0.2207
        lex:nach der	0.2204
        lex:en aout	0.2202
        lex:mijn vader	0.22
        lex:oui	0.22
        lex:vader	0.22
        lex:secretaria	0.2198
        lex:ficou top	0.2196
        lex:fiquei	0.2196
        lex:sol	0.2196
        lex:sobre a	0.2195
        lex:de mon	0.2194
        lex:son las	0.2194
        lex:hoor graag	0.2193
        lex:mel	0.2193
        lex:chance	0.2189
        lex:falta	0.2189
        lex:aber ich	0.2188
        lex:interesa	0.2186
        lex:mum	0.2185
        lex:outsourcing	0.2182
        lex:o contrato	0.218
        lex:sympa	0.218
        lex:correction	0.2177
        lex:hin	0.2177
        lex:fit	0.2173
        lex:petit	0.2173
        lex:il est	0.2171
        lex:la	0.2169
        lex:the big	0.2169
        lex:haben	0.2167
        lex:colaboradores	0.2166
        lex:reponen	0.2164
        lex:grz	0.2159
        lex:arriva	0.2156
        lex:char	0.2156
        lex:acaba	0.2155
        lex:jeudi	0.2152
        lex:vous me	0.215
        lex:mi richiamate	0.2147
        lex:richiamate	0.2147
        lex:sede	0.2144
        lex:fancy	0.2143
        lex:vorrei che	0.2143
        lex:form	0.214
        lex:tell me	0.2139
        lex:gardez	0.2135
        lex:gardez nous	0.2135
        lex:geste	0.2133
        lex:mio compleanno	0.2133
        lex:steht	0.2133
        lex:june	0.2132
        lex:up to	0.213
        lex:volgend voorjaar	0.213
        lex:voorjaar	0.213
        lex:passo a	0.2128
        lex:store	0.2126
        lex:altbau	0.2123
        lex:soir	0.2122
        lex:degustazione	0.2119
        lex:dem tisch	0.2119
        lex:kostet ca	0.2118
        lex:minha	0.2117
        lex:kostet bei	0.2116
        lex:what s	0.2113
        lex:in	0.2111
        lex:technicien	0.2111
        lex:pidiendo	0.2107
        lex:cambian	0.2103
        lex:noi	0.21
        lex:unterlagen	0.2097
        lex:orden	0.2093
        lex:parfait	0.2092
        lex:dias sem	0.209
        lex:ll	0.209
        lex:sem net	0.209
        lex:cumple de	0.2089
        lex:offerte	0.2087
        lex:sat	0.2087
        lex:dejar	0.2085
        lex:reply yet	0.2081
        lex:voltamos	0.2081
        lex:llego la	0.2079
        lex:ff	0.2076
        lex:hatte gern	0.2076
        lex:checkout	0.2075
        lex:fechou	0.2074
        lex:twee	0.2073
        lex:vuestra	0.2071
        lex:busco amanha	0.207
        lex:separa	0.207
        lex:il y	0.2069
        lex:we	0.2069
        lex:lust	0.2068
        lex:fez	0.2067
        lex:rijtjeshuis in	0.2065
        lex:passe	0.2063
        lex:che tenes	0.2062
        lex:ha chiuso	0.2062
        lex:nog niks	0.2061
        lex:ultima	0.206
        lex:salsa	0.2059
        lex:trocar	0.2059
        lex:la salsa	0.2058
        lex:ireland	0.2056
        lex:paid social	0.2056
        lex:ship to	0.2056
        lex:to ireland	0.2056
        lex:encomendar	0.205
        lex:group	0.205
        lex:pm	0.2048
        lex:vous l	0.2048
        lex:re the	0.2047
        lex:sigo	0.2047
        lex:grad	0.2044
        lex:hacen	0.2044
        lex:hacen envios	0.2044
        lex:muss	0.2043
        lex:july	0.2042
        lex:schlecht	0.2042
        lex:ins	0.204
        lex:nessun	0.204
        lex:fria y	0.2037
        lex:mensalidade	0.2037
        lex:merci de	0.2037
        lex:chamei	0.2036
        lex:chamei no	0.2036
        lex:manana	0.2036
        lex:puo	0.2036
        lex:als jullie	0.2035
        lex:pneus hiver	0.2035
        lex:social	0.2033
        lex:ve	0.2033
        lex:fade	0.2032
        lex:was wurde	0.2032
        lex:e voltou	0.203
        lex:bakfiets	0.2029
        lex:in your	0.2029
        lex:the intensive	0.2029
        lex:la clio	0.2027
        lex:i want	0.2026
        lex:marca eu	0.2026
        lex:ver	0.2025
        lex:walk	0.2025
        lex:marz	0.2024
        lex:vorremmo	0.2024
        lex:leur	0.2022
        lex:ronald	0.2021
        lex:commander	0.202
        lex:verde	0.2019
        lex:septiembre	0.2018
        lex:bag still	0.2017
        lex:still missing	0.2017
        lex:shall	0.2013
        lex:beheer	0.2011
        lex:and we	0.201
        lex:anos mas	0.201
        lex:want it	0.201
        lex:shall we	0.2005
        lex:veux juste	0.2003
        lex:zoeken een	0.2001
        lex:maat	0.2
        lex:does yours	0.1998
        lex:om het	0.1998
        lex:twice	0.1997
        lex:reserveren	0.1996
        lex:migracao	0.1994
        lex:personen	0.1994
        lex:annee	0.199
        lex:apres	0.1984
        lex:o preco	0.1984
        lex:oculos	0.1984
        lex:acompte	0.1983
        lex:big	0.1983
        lex:contrato acaba	0.1983
        lex:ottobre	0.1983
        lex:chiuso	0.1982
        lex:en talla	0.1981
        lex:juin	0.1981
        lex:talla m	0.1981
        lex:hab euch	0.198
        lex:costa	0.1979
        lex:et	0.1977
        lex:neue	0.1976
        lex:dijeron que	0.1975
        lex:me dijeron	0.1975
        lex:how do	0.1974
        lex:stiamo	0.1974
        lex:vorremmo cambiare	0.1973
        lex:attuale non	0.1972
        lex:pode vir	0.1972
        lex:silvester	0.1972
        lex:uber silvester	0.1972
        lex:lo prendiamo	0.1969
        lex:soon	0.1969
        lex:we terug	0.1968
        lex:heb	0.1966
        lex:month and	0.1966
        lex:semaines d	0.1964
        lex:can anyone	0.1963
        lex:ends	0.1963
        lex:in july	0.1962
        lex:labbi	0.1957
        lex:con el	0.1955
        lex:you an	0.1955
        lex:wollen mit	0.1953
        lex:line	0.1952
        lex:cucina	0.1951
        lex:get the	0.1951
        lex:si vous	0.195
        lex:depuis votre	0.1946
        lex:pueden	0.1945
        lex:welpenkurs	0.1944
        lex:one tonight	0.1941
        lex:and you	0.194
        lex:pa la	0.194
        lex:love the	0.1939
        lex:o me	0.1939
        lex:a la	0.1938
        lex:it still	0.1936
        lex:tier	0.1936
        lex:aout	0.1935
        lex:me pueden	0.1935
        lex:pueden llamar	0.1934
        lex:quanto fica	0.1933
        lex:luz	0.1932
        lex:two	0.193
        lex:en palermo	0.1929
        lex:in negozio	0.1925
        lex:la renovacion	0.1925
        lex:renovacion	0.1925
        lex:cedo	0.1924
        lex:en septiembre	0.1924
        lex:abril	0.1923
        lex:chi ci	0.1923
        lex:errore	0.1923
        lex:che passo	0.1922
        lex:o bolo	0.1919
        lex:barbeiro	0.1918
        lex:this saturday	0.1917
        lex:una semana	0.1916
        lex:pos	0.1915
        lex:pos obra	0.1915
        lex:ihr auch	0.1914
        lex:attente	0.1911
        lex:commande	0.1911
        lex:d attente	0.1911
        lex:mache	0.1911
        lex:crepes	0.191
        lex:preis fur	0.191
        lex:esposa	0.1909
        lex:minha esposa	0.1909
        lex:sto	0.1909
        lex:trago	0.1908
        lex:bei mir	0.1903
        lex:espera	0.19
        lex:vormittags	0.19
        lex:on est	0.1899
        lex:allo	0.1897
        lex:avez	0.1897
        lex:look	0.1896
        lex:review	0.1895
        lex:hacer	0.1894
        lex:noise	0.1894
        lex:cafe	0.1892
        lex:een tandarts	0.189
        lex:probetraining	0.189
        lex:e ficou	0.1889
        lex:presupuesto para	0.1889
        lex:dejo	0.1883
        lex:erp	0.1882
        lex:sempre	0.1882
        lex:llego con	0.1881
        review-1-2-stars	0.1881
        lex:the matching	0.1879
        lex:acaba em	0.1878
        lex:segue	0.1877
        lex:walk ins	0.1877
        lex:im april	0.1876
        lex:la espera	0.1875
        lex:plano de	0.1873
        lex:my forearm	0.1872
        lex:palm size	0.1872
        lex:roughly palm	0.1872
        lex:semana me	0.1871
        lex:esse	0.187
        lex:actuel	0.1869
        lex:sich bei	0.1867
        lex:verkopen	0.1864
        lex:komen we	0.1863
        lex:te lo	0.1863
        lex:keine	0.1862
        lex:las negras	0.1862
        lex:negras	0.1862
        lex:tienen en	0.1862
        lex:che me	0.1861
        lex:hago el	0.1861
        lex:vorbeischauen	0.1861
        lex:bringing	0.186
        lex:bringing my	0.186
        lex:depuis	0.186
        lex:team	0.186
        lex:de casa	0.1859
        lex:mai	0.1857
        lex:packed	0.1856
        lex:packed in	0.1856
        lex:apre	0.1853
        lex:auch in	0.1853
        lex:picks	0.1851
        lex:lessons	0.1848
        lex:geld	0.1846
        lex:matching	0.1845
        lex:pra trocar	0.1845
        lex:re on	0.1842
        lex:esperando	0.1841
        lex:golpe en	0.1839
        lex:estas	0.1838
        lex:you ship	0.1838
        lex:ai envoye	0.1834
        lex:envoye un	0.1832
        lex:o t1	0.1829
        lex:payday	0.1829
        lex:find	0.1826
        lex:der fuhrerschein	0.1825
        lex:fuhrerschein klasse	0.1825
        lex:klasse b	0.1825
        lex:mi perrita	0.1825
        lex:perrita	0.1825
        lex:quedaron	0.1825
        lex:guys	0.1822
        lex:il tagliando	0.1821
        lex:sunday	0.1821
        lex:bang	0.182
        lex:bestel	0.182
        lex:niet bang	0.182
        lex:your	0.182
        lex:mich an	0.1819
        lex:avete ancora	0.1818
        lex:disjoncteur	0.1818
        lex:disjoncteur saute	0.1818
        lex:le disjoncteur	0.1818
        lex:saute	0.1818
        lex:dijeron	0.1817
        lex:scrivo	0.1817
        lex:efh	0.1816
        lex:pm sent	0.1815
        lex:sale	0.1814
        lex:te kijken	0.1813
        lex:curso intensivo	0.1812
        lex:llamar al	0.1811
        lex:look at	0.181
        lex:posto per	0.181
        lex:mon dos	0.1809
        lex:asked	0.1805
        lex:die	0.1805
        lex:pies	0.1803
        lex:before the	0.1802
        lex:a laval	0.1801
        lex:laval	0.1801
        lex:lo dejo	0.1801
        lex:une date	0.1801
        lex:rimborso	0.18
        lex:wie letztes	0.18
        lex:sexta	0.1799
        lex:wanneer	0.1799
        lex:wegen der	0.1798
        lex:sonst	0.1796
        lex:altura	0.1794
        lex:im marz	0.1794
        lex:klasse	0.1794
        lex:me on	0.1794
        lex:where	0.1792
        lex:overgestapt van	0.1791
        lex:ordine	0.179
        lex:easter	0.1789
        lex:questa per	0.1789
        lex:gerust	0.1788
        lex:um die	0.1787
        lex:da	0.1786
        lex:en	0.1786
        lex:ophalen	0.1786
        lex:desde	0.1785
        lex:sistemate	0.1785
        lex:restock	0.1783
        lex:encore dispo	0.1782
        lex:wil	0.1781
        lex:and honestly	0.178
        lex:un cumple	0.1779
        lex:deux	0.1778
        lex:monthly	0.1778
        lex:centro	0.1776
        lex:ottimo	0.1776
        lex:faite	0.1775
        lex:che e	0.1774
        lex:avete	0.1773
        lex:fete	0.1772
        lex:saremmo	0.1772
        lex:busco	0.1771
        lex:compro	0.1771
        lex:de agosto	0.1771
        lex:saremmo in	0.1771
        lex:wants	0.1771
        lex:huisje	0.177
        lex:das treppenhaus	0.1769
        lex:treppenhaus dran	0.1769
        lex:two of	0.1769
        lex:wants to	0.1769
        lex:brandt	0.1768
        lex:loja	0.1768
        lex:so i	0.1768
        lex:great job	0.1767
        lex:you do	0.1766
        lex:adulti	0.1765
        lex:e de	0.1763
        lex:kleiner	0.1763
        lex:o vosso	0.1762
        lex:vosso	0.1762
        lex:loopt	0.1761
        lex:check	0.176
        lex:chercher	0.176
        lex:le chercher	0.176
        lex:q	0.176
        lex:er iemand	0.1759
        lex:kitchen	0.1759
        lex:en getafe	0.1756
        lex:un golpe	0.1756
        lex:con	0.1755
        lex:fuite	0.1754
        lex:per una	0.1754
        lex:vista	0.1754
        lex:diciembre	0.1753
        lex:disponivel	0.1753
        lex:geld zuruck	0.1752
        lex:tenancy	0.175
        lex:chiamarmi	0.1749
        lex:putting	0.1749
        lex:dem	0.1748
        lex:fare il	0.1748
        lex:a giugno	0.1747
        lex:et le	0.1745
        lex:la caldaia	0.1744
        lex:tisch	0.1744
        lex:last night	0.1743
        lex:gestore	0.1742
        lex:account	0.1741
        lex:veio	0.1739
        lex:flight	0.1738
        lex:kan komen	0.1738
        lex:komen om	0.1738
        lex:langs kan	0.1738
        lex:libre	0.1738
        lex:valt	0.1738
        lex:to move	0.1734
        lex:barba	0.1732
        lex:muss ich	0.1731
        lex:risposta	0.173
        lex:au nom	0.1729
        lex:de lefevre	0.1729
        lex:lefevre	0.1729
        lex:still	0.1728
        lex:werkt	0.1728
        lex:fliesen	0.1727
        lex:no whats	0.1724
        lex:bimbo	0.1723
        lex:lisboa	0.1722
        lex:gehad	0.1721
        lex:or only	0.1719
        lex:laminazione	0.1716
        lex:clientes	0.1715
        lex:their	0.1715
        lex:er nog	0.1711
        lex:sito	0.1711
        lex:in sede	0.171
        lex:sign up	0.171
        lex:geschickt wegen	0.1709
        lex:padre	0.1709
        lex:pour notre	0.1708
        lex:combien l	0.1707
        lex:je passe	0.1707
        lex:zu teuer	0.1705
        lex:armario	0.1704
        lex:uur	0.1704
        lex:le lenti	0.1703
        lex:lenti	0.1703
        lex:matted	0.1703
        lex:o ano	0.1701
        lex:flash	0.1698
        lex:reservation	0.1698
        lex:or	0.1696
        lex:trip	0.1696
        lex:bi	0.1694
        lex:contract loopt	0.1694
        lex:voces fazem	0.1694
        lex:e mio	0.1693
        lex:un bimbo	0.1693
        lex:bel	0.1692
        lex:jullie zaterdag	0.169
        lex:training	0.1688
        lex:rather	0.1687
        lex:kunnen	0.1686
        lex:we zeker	0.1686
        lex:nog even	0.1684
        lex:over het	0.1683
        lex:viene	0.1683
        lex:piece	0.1681
        lex:blue	0.168
        lex:the blue	0.168
        lex:an	0.1678
        lex:august	0.1677
        lex:auch nach	0.1671
        lex:bitte nochmal	0.1671
        lex:la panda	0.1671
        lex:nobody picks	0.1671
        lex:picks up	0.1671
        lex:comercial	0.1665
        lex:rosario	0.1665
        lex:whenever	0.1665
        lex:degrade	0.1664
        lex:engagement	0.1664
        lex:dierenarts	0.1662
        lex:von	0.1662
        lex:is a	0.1661
        lex:eu fico	0.166
        lex:gonna	0.166
        lex:haaren	0.166
        lex:non cambio	0.166
        lex:je reserve	0.1658
        lex:vormittag	0.1658
        lex:een nieuw	0.1657
        lex:je reviens	0.1656
        lex:l abonnement	0.1656
        lex:novembre	0.1656
        lex:reviens	0.1656
        lex:aqui no	0.1655
        lex:envoyez	0.1654
        lex:por la	0.1653
        lex:bed flat	0.1651
        lex:escribi	0.1649
        lex:iphone	0.1649
        lex:teneis	0.1649
        lex:kann bitte	0.1648
        lex:entro	0.1647
        lex:rifare	0.1646
        lex:s ihr	0.1645
        lex:a casa	0.1644
        lex:we sign	0.1644
        lex:devo	0.1642
        lex:a message	0.1641
        lex:kwp	0.1641
        lex:mit speicher	0.1641
        lex:noch ein	0.1641
        lex:speicher	0.1641
        lex:pro meu	0.164
        lex:ar	0.1639
        lex:on your	0.1639
        lex:persone	0.1637
        lex:it is	0.1634
        lex:lo scaldabagno	0.1634
        lex:scaldabagno	0.1634
        lex:solution	0.1634
        lex:gent	0.1633
        lex:hace	0.1632
        lex:im mai	0.1631
        lex:proposez	0.1631
        lex:thuis	0.1631
        lex:als	0.163
        lex:plannen	0.1628
        lex:des nouvelles	0.1627
        lex:nouvelles	0.1627
        lex:you take	0.1626
        lex:onze hond	0.1624
        lex:perfetto	0.1622
        lex:with	0.1622
        lex:s est	0.162
        lex:escribi al	0.1619
        lex:code	0.1617
        lex:kundigung	0.1617
        lex:verhuizing	0.1617
        lex:from	0.1616
        lex:in graz	0.1615
        lex:promesso	0.1614
        lex:hold	0.1613
        lex:lenti progressive	0.1613
        lex:mega	0.1613
        lex:progressive	0.1613
        lex:het uur	0.1612
        lex:pers	0.1612
        lex:piorou	0.1612
        lex:piorou muito	0.1612
        lex:ongeveer	0.1611
        lex:richtpreis	0.1611
        lex:richtpreis fur	0.1611
        lex:quote for	0.161
        lex:reserveer	0.161
        lex:domingos	0.1609
        lex:eu mudo	0.1609
        lex:hier in	0.1609
        lex:los domingos	0.1609
        lex:stuur	0.1609
        lex:noite	0.1607
        lex:panda	0.1607
        lex:nieuw	0.1606
        lex:esta	0.1605
        lex:dolore	0.1603
        lex:could you	0.1601
        lex:lawn	0.1601
        lex:nach	0.1601
        lex:or is	0.16
        lex:q me	0.16
        lex:ya les	0.16
        lex:a pranzo	0.1599
        lex:booking	0.1598
        lex:d internet	0.1598
        lex:pas d	0.1598
        lex:luglio	0.1597
        lex:no reply	0.1596
        lex:prijs voor	0.1596
        lex:cho	0.1595
        lex:ci si	0.1595
        lex:come ci	0.1595
        lex:in rente	0.1595
        lex:levantar	0.1595
        lex:rente	0.1595
        lex:livrez sur	0.1594
        lex:message about	0.1593
        lex:preisliste	0.1591
        lex:a fine	0.1589
        lex:your website	0.1589
        lex:ring	0.1588
        lex:visit	0.1587
        lex:y nada	0.1587
        lex:corso intensivo	0.1583
        lex:di luglio	0.1583
        lex:intensivo di	0.1583
        lex:dm gestuurd	0.1582
        lex:e sempre	0.1582
        lex:elettronica	0.158
        lex:fete des	0.158
        lex:current dentist	0.1579
        lex:gebeld	0.1578
        lex:nochmal jemand	0.1577
        lex:the one	0.1576
        lex:my knee	0.1575
        lex:practices	0.1575
        lex:refund	0.1575
        lex:accueil adorable	0.1574
        lex:mir melden	0.1574
        lex:come back	0.1573
        lex:i cannoli	0.1572
        lex:compare	0.1571
        lex:senno	0.157
        lex:en we	0.1569
        lex:aula	0.1568
        lex:kummert	0.1566
        lex:gleiche	0.1565
        lex:have gone	0.1563
        lex:bolo	0.1562
        lex:russo	0.1561
        lex:pra	0.156
        lex:subir	0.156
        lex:kann sich	0.1559
        lex:pls call	0.1559
        lex:dispo a	0.1558
        lex:etes dispo	0.1558
        lex:fait	0.1558
        lex:se o	0.1558
        lex:la puerta	0.1557
        lex:puerta	0.1557
        lex:saturday	0.1557
        lex:working	0.1557
        lex:eindelijk een	0.1555
        lex:por	0.1555
        lex:ruido	0.1554
        lex:mandate	0.1552
        lex:resilie	0.1551
        lex:admin	0.155
        lex:moved	0.1549
        lex:na mesma	0.1549
        lex:i ve	0.1548
        lex:nobody	0.1548
        lex:fibra	0.1546
        lex:messaged	0.1546
        lex:bart	0.1545
        lex:train	0.1545
        lex:weken	0.1545
        lex:volgend	0.1544
        lex:boxes	0.1543
        lex:saindo da	0.1541
        lex:a treviso	0.154
        lex:paypal	0.154
        lex:treviso	0.154
        lex:wir das	0.154
        lex:in maat	0.1539
        lex:painless	0.1538
        lex:fine anno	0.1537
        lex:griass	0.1537
        lex:nach graz	0.1536
        lex:quisiera	0.1536
        lex:meier	0.1532
        lex:no meier	0.1532
        lex:toujours rien	0.1532
        lex:zahlen	0.1532
        lex:combien la	0.1531
        lex:avete posto	0.153
        lex:maken	0.153
        lex:parte de	0.153
        lex:fosse	0.1529
        lex:cuanto sale	0.1528
        lex:eich	0.1528
        lex:griass eich	0.1528
        lex:m2	0.1527
        lex:votre retour	0.1527
        lex:un ruido	0.1525
        lex:usual	0.1525
        lex:wil niet	0.1525
        lex:free this	0.1524
        lex:downhill	0.152
        lex:gone downhill	0.152
        lex:has gone	0.152
        lex:revision	0.1519
        lex:esperando que	0.1518
        lex:fisio	0.1518
        lex:ve moved	0.1517
        lex:al pistacchio	0.1516
        lex:u do	0.1516
        lex:meine	0.1515
        lex:q2	0.1515
        lex:hiermit	0.1514
        lex:e ninguem	0.1512
        lex:without	0.1512
        lex:de um	0.1511
        lex:seriamos	0.1509
        lex:mandei direct	0.1508
        lex:como faco	0.1506
        lex:met	0.1506
        lex:para la	0.1506
        lex:a partial	0.1505
        lex:d like	0.1505
        lex:partial	0.1505
        lex:partial refund	0.1505
        lex:come funziona	0.1503
        lex:avevo	0.15
        lex:el b2	0.15
        lex:i sign	0.1499
        lex:el mismo	0.1498
        lex:mismo ruido	0.1498
        lex:mit der	0.1498
        lex:o ar	0.1498
        lex:the kitchen	0.1498
        lex:nachste	0.1497
        lex:caldaia	0.1496
        lex:cane	0.1495
        lex:in den	0.1495
        lex:rescue	0.1493
        lex:au	0.1492
        lex:la revision	0.149
        lex:stollen	0.1489
        lex:carpets	0.1488
        lex:fuhrerschein	0.1487
        lex:grano	0.1487
        lex:not here	0.1487
        lex:gibt s	0.1486
        lex:trato	0.1486
        lex:vence	0.1486
        lex:lieve	0.1485
        lex:pareja	0.1485
        lex:deze	0.1484
        lex:caparra	0.1482
        lex:kilo	0.1482
        lex:la caparra	0.1482
        lex:co	0.148
        lex:patienten	0.148
        lex:start	0.148
        lex:whatsapp	0.148
        lex:no meu	0.1479
        lex:bottiglie	0.1478
        lex:kann ich	0.1477
        lex:c e	0.1476
        lex:venite	0.1475
        lex:venite pure	0.1475
        lex:fazem a	0.1472
        lex:streichen	0.1472
        lex:continuo a	0.1471
        lex:interested	0.1471
        lex:fria	0.147
        lex:porto	0.147
        lex:payment	0.1469
        lex:mon	0.1467
        lex:bolo do	0.1466
        lex:ja nao	0.1466
        lex:las	0.1466
        lex:deixa	0.1464
        lex:golpe	0.1464
        lex:envios	0.1462
        lex:instalacao	0.1461
        lex:corte y	0.146
        lex:sube	0.146
        lex:hab dir	0.1459
        lex:deal	0.1458
        lex:erro	0.1458
        lex:da settembre	0.1456
        lex:rough	0.1456
        lex:gaat met	0.1455
        lex:met pensioen	0.1455
        lex:pensioen	0.1455
        lex:a rosario	0.1453
        lex:me para	0.1451
        lex:de feestdagen	0.1449
        lex:el coche	0.1449
        lex:feestdagen	0.1449
        lex:website	0.1449
        lex:el precio	0.1447
        lex:left for	0.1447
        lex:moto	0.1446
        lex:here after	0.1443
        lex:still not	0.1443
        lex:andiamo	0.1441
        lex:arrivata	0.1441
        lex:e arrivata	0.1441
        lex:il sito	0.1441
        lex:souci	0.1441
        lex:queria	0.144
        lex:est pour	0.1439
        lex:or my	0.1438
        lex:the first	0.1438
        lex:mensagem	0.1437
        lex:graffiato	0.1435
        lex:livre	0.1435
        lex:piega	0.1435
        lex:my sister	0.1433
        lex:sister	0.1433
        lex:decken	0.1431
        lex:peccato che	0.1431
        lex:cuanto vale	0.143
        lex:orange	0.143
        lex:juste une	0.1429
        lex:ai ecrit	0.1425
        lex:ecrit	0.1425
        lex:ecrit en	0.1425
        lex:nog plek	0.1425
        lex:bolletta	0.1421
        lex:anniversaire	0.1415
        lex:regalo	0.1415
        lex:depuis des	0.1414
        lex:ben ik	0.1413
        lex:buscar	0.1412
        lex:ihnen	0.1412
        lex:wacht nog	0.1412
        lex:bluefit	0.1411
        lex:na bluefit	0.1411
        lex:come si	0.141
        lex:machen wir	0.141
        lex:nehm den	0.1409
        lex:les escribi	0.1408
        lex:name	0.1408
        lex:nis2	0.1408
        lex:take a	0.1408
        lex:appartement	0.1407
        lex:in january	0.1406
        lex:mes que	0.1406
        lex:pfv	0.1406
        lex:en de	0.1405
        lex:furs wochenende	0.1405
        lex:passare da	0.1405
        lex:rammed	0.1405
        lex:comunion	0.1403
        lex:ungefahr kosten	0.1402
        lex:heb jullie	0.1401
        lex:al curso	0.14
        lex:la mensualidad	0.14
        lex:mensualidad	0.14
        lex:mensualidad pa	0.14
        lex:ausg	0.1399
        lex:ausg steckt	0.1399
        lex:chiedo solo	0.1399
        lex:solo che	0.1399
        lex:steckt	0.1399
        lex:cancelled flight	0.1397
        lex:comigo	0.1397
        lex:my cancelled	0.1397
        lex:slots	0.1397
        lex:oktober	0.1395
        lex:custo	0.1394
        lex:de apk	0.1394
        lex:la muneca	0.1394
        lex:muneca	0.1394
        lex:sem custo	0.1394
        lex:nehmt	0.1393
        lex:quella	0.1393
        lex:al corso	0.1392
        lex:week of	0.1392
        lex:year and	0.1391
        lex:en avril	0.139
        lex:saubere	0.139
        lex:b komplett	0.1389
        lex:coche	0.1389
        lex:yours handle	0.1389
        lex:bora	0.1388
        lex:mailtje gestuurd	0.1388
        lex:rates	0.1387
        lex:fare	0.1386
        lex:pour la	0.1386
        lex:cannoli	0.1385
        lex:gostaria	0.1385
        lex:gostaria de	0.1385
        lex:mi mandate	0.1385
        lex:you a	0.1385
        lex:a month	0.1383
        lex:sintra	0.1381
        lex:medellin	0.138
        lex:cis	0.1378
        lex:cis deductions	0.1378
        lex:deductions	0.1378
        lex:esta livre	0.1378
        lex:handle cis	0.1378
        lex:kerstavond	0.1378
        lex:livre na	0.1378
        lex:voor kerstavond	0.1378
        lex:gehoord	0.1377
        lex:niks gehoord	0.1377
        lex:ring me	0.1377
        lex:happily	0.1375
        lex:monat	0.1375
        lex:ce mois	0.1374
        lex:kann man	0.1374
        lex:em braga	0.1373
        lex:franchement le	0.1373
        lex:bio	0.1372
        lex:della nonna	0.1372
        lex:removal	0.1372
        lex:la cambian	0.1371
        lex:pts	0.137
        lex:cheapest plan	0.1369
        lex:passar	0.1369
        lex:plan that	0.1369
        lex:gracias a	0.1368
        lex:passada e	0.1368
        lex:dog	0.1367
        lex:de manha	0.1366
        lex:giorni	0.1364
        lex:olive	0.1364
        lex:un peut	0.1362
        lex:as well	0.1361
        lex:este mes	0.1361
        lex:or did	0.136
        lex:can i	0.1359
        lex:come in	0.1359
        lex:gets	0.1359
        lex:pasteis	0.1359
        lex:pasteis de	0.1359
        lex:bag	0.1358
        lex:hj	0.1358
        lex:wat is	0.1358
        lex:costo	0.1357
        lex:enviei	0.1357
        lex:ou un	0.1357
        lex:sapere	0.1357
        lex:tim	0.1357
        lex:con tim	0.1356
        lex:euch ne	0.1356
        lex:e il	0.1355
        lex:put my	0.1355
        lex:dentist	0.1354
        lex:un message	0.1354
        lex:adorable	0.1351
        lex:monza	0.1351
        lex:piccolo	0.1351
        lex:reviens en	0.1351
        lex:anni	0.1347
        lex:op tweede	0.1347
        lex:tweede kerstdag	0.1347
        lex:if	0.1345
        lex:vous si	0.1344
        lex:geef	0.1343
        lex:enero	0.1341
        lex:woch	0.1341
        lex:give	0.134
        lex:re good	0.134
        lex:da voi	0.1339
        lex:chi	0.1335
        lex:faut	0.1335
        lex:aspetto	0.1331
        lex:minas	0.1331
        lex:renovar	0.1331
        lex:usamos o	0.133
        lex:en enero	0.1328
        lex:seance	0.1328
        lex:in voor	0.1327
        lex:een kans	0.1326
        lex:eten was	0.1326
        lex:kans	0.1326
        lex:pelo site	0.1324
        lex:sie wieder	0.1324
        lex:when	0.1324
        lex:la fin	0.1323
        lex:a year	0.1322
        lex:evening	0.1322
        lex:sind in	0.1321
        lex:em janeiro	0.132
        lex:urgencias	0.132
        lex:urgencias en	0.132
        lex:me voy	0.1319
        lex:addio	0.1318
        lex:addio al	0.1318
        lex:jacket	0.1318
        lex:llamen	0.1317
        lex:me llamen	0.1317
        lex:nicht mehr	0.1316
        lex:de zijkant	0.1315
        lex:dos va	0.1315
        lex:wir uns	0.1315
        lex:zijkant	0.1315
        lex:ik schakelen	0.1313
        lex:nehmt ihr	0.1313
        lex:schakelen	0.1313
        lex:te mande	0.1313
        lex:boa noite	0.1312
        lex:schrank	0.1312
        lex:zahlt	0.1312
        lex:fin de	0.1311
        lex:shoulder	0.1311
        lex:voltar	0.1311
        lex:circa	0.131
        lex:nao quero	0.131
        lex:en mars	0.1309
        lex:personas	0.1309
        lex:depois das	0.1308
        lex:nog steeds	0.1308
        lex:trimestral	0.1308
        lex:reservar la	0.1306
        lex:september	0.1306
        lex:impossibile	0.1305
        lex:el link	0.1304
        lex:mechas	0.1304
        lex:naar kijken	0.1304
        lex:the week	0.1304
        lex:wacht	0.1304
        lex:b2	0.1303
        lex:it next	0.1303
        lex:chiquito	0.13
        lex:corso	0.13
        lex:in august	0.1299
        lex:instead	0.1299
        lex:a	0.1298
        lex:napoli	0.1298
        lex:either	0.1296
        lex:la veste	0.1296
        lex:van jullie	0.1296
        lex:veste	0.1296
        lex:veste en	0.1296
        lex:cuota	0.1293
        lex:m en	0.1293
        lex:scade	0.1292
        lex:se mi	0.1291
        lex:strahnchen	0.129
        lex:pac	0.1289
        lex:pac code	0.1289
        lex:you guys	0.1288
        lex:la cuota	0.1287
        lex:do mes	0.1286
        lex:o fim	0.1286
        lex:a grinding	0.1285
        lex:grinding	0.1285
        lex:grinding noise	0.1285
        lex:scade a	0.1283
        lex:to come	0.1283
        lex:esto para	0.1281
        lex:lentes	0.1281
        lex:de cote	0.128
        lex:mandan	0.128
        lex:voor wiskunde	0.128
        lex:ca donne	0.1279
        lex:ta o	0.1279
        lex:neue patienten	0.1277
        lex:top arbeit	0.1276
        lex:glasgow	0.1274
        lex:moving my	0.1273
        lex:donne	0.1272
        lex:pronti	0.1272
        lex:te chamei	0.1271
        lex:funziona	0.127
        lex:tropft	0.127
        lex:von der	0.127
        lex:llame	0.1267
        lex:ruckruf	0.1267
        lex:still in	0.1267
        lex:tweede	0.1267
        lex:vir ver	0.1267
        lex:basic	0.1266
        lex:basic fit	0.1266
        lex:buying the	0.1266
        lex:para reservar	0.1265
        lex:vaga	0.1265
        lex:marcado	0.1264
        lex:per lo	0.1264
        lex:mesma	0.1263
        lex:belgique	0.1261
        lex:en belgique	0.1261
        lex:formule	0.1261
        lex:l annee	0.1261
        lex:my email	0.126
        lex:ya se	0.1259
        lex:af in	0.1258
        lex:das	0.1258
        lex:loopt af	0.1258
        lex:api	0.1256
        lex:con voi	0.1256
        lex:kras	0.1255
        lex:garage	0.1253
        lex:kit de	0.1253
        lex:something	0.1253
        lex:cobrem	0.1252
        lex:vcs cobrem	0.1252
        lex:per il	0.1251
        lex:figure	0.125
        lex:nirgends	0.125
        lex:pro sabado	0.125
        lex:si e	0.1249
        lex:fixed	0.1248
        lex:asked for	0.1247
        lex:juntas	0.1247
        lex:spedite anche	0.1247
        lex:la noche	0.1246
        lex:haarschnitt	0.1243
        lex:nothing	0.1242
        lex:voudrais commander	0.1242
        lex:with a	0.1242
        lex:met wie	0.1241
        lex:passez	0.1241
        lex:vous passez	0.1241
        lex:kost een	0.124
        lex:bram	0.1239
        lex:la recensione	0.1239
        lex:recensione	0.1239
        lex:avant les	0.1237
        lex:netz ok	0.1237
        lex:telekom	0.1237
        lex:la comunion	0.1235
        lex:schau	0.1235
        lex:cracked	0.1233
        lex:duas	0.1232
        lex:a cockapoo	0.1229
        lex:parcel	0.1229
        lex:gel	0.1227
        lex:leg	0.1226
        lex:almeno	0.1225
        lex:geld terug	0.1225
        lex:e rotto	0.1224
        lex:esse vestido	0.1224
        lex:mi si	0.1224
        lex:rotto lo	0.1224
        lex:con lo	0.1221
        lex:kisten	0.1221
        lex:condominio	0.122
        lex:ich die	0.122
        lex:mailtje	0.122
        lex:pneus	0.122
        lex:contrat	0.1218
        lex:prende	0.1218
        lex:right	0.1218
        lex:passe le	0.1216
        lex:qualcuno puo	0.1214
        lex:vaso	0.1214
        lex:comunion de	0.1213
        lex:noch neue	0.1213
        lex:peque	0.1213
        lex:prend	0.1212
        lex:schiacciata	0.1212
        lex:vodafone	0.1212
        lex:kozijnen	0.1211
        lex:la sostituzione	0.121
        lex:pour dimanche	0.121
        lex:sostituzione	0.121
        lex:della	0.1209
        lex:practice	0.1209
        lex:cuento	0.1208
        lex:bonus	0.1207
        lex:samedi	0.1207
        lex:team und	0.1207
        lex:dinheiro	0.1205
        lex:dalla	0.1204
        lex:needs	0.1204
        lex:rate	0.1204
        lex:was fur	0.1204
        lex:y no	0.1203
        lex:cadeaubonnen	0.1202
        lex:desks	0.1202
        lex:doing this	0.1202
        lex:re doing	0.1202
        lex:puede llamar	0.1201
        lex:mit datev	0.12
        lex:sind mit	0.12
        lex:cheapest	0.1199
        lex:like the	0.1198
        lex:netz	0.1198
        lex:still waiting	0.1198
        lex:meteen	0.1197
        lex:datev	0.1193
        lex:vom	0.1193
        lex:cliente da	0.1192
        lex:anni ma	0.1191
        lex:gruezi	0.119
        lex:personio	0.119
        lex:un technicien	0.1189
        lex:mer	0.1188
        lex:a gennaio	0.1187
        lex:explose	0.1187
        lex:is binnen	0.1187
        lex:go	0.1186
        lex:marche	0.1186
        lex:mayo	0.1186
        lex:unter	0.1186
        lex:niente	0.1184
        lex:et qu	0.1183
        lex:no a	0.1183
        lex:si on	0.1183
        lex:per sabato	0.1182
        lex:facture	0.1179
        lex:hace rato	0.1179
        lex:rato	0.1179
        lex:suocera	0.1178
        lex:huber	0.1176
        lex:getafe	0.1175
        lex:is there	0.1175
        lex:la tarde	0.1175
        lex:aub	0.1174
        lex:on hold	0.1174
        lex:what are	0.1174
        lex:gern	0.1173
        lex:both	0.1172
        lex:fils	0.1172
        lex:mir wand	0.1172
        lex:papa	0.1172
        lex:reserviere	0.1172
        lex:wand	0.1172
        lex:wand fur	0.1172
        lex:current account	0.1171
        lex:sale el	0.1171
        lex:ate o	0.1168
        lex:okay	0.1167
        lex:on quitte	0.1167
        lex:on vous	0.1167
        lex:quitte	0.1167
        lex:bravissima	0.1166
        lex:ich hatte	0.1166
        lex:kamer appartement	0.1166
        lex:wurd gern	0.1166
        lex:a friend	0.1165
        lex:friend	0.1165
        lex:was helemaal	0.1165
        lex:i buy	0.1164
        lex:incl	0.1164
        lex:e ja	0.1163
        lex:zitten	0.1163
        lex:e a	0.1162
        lex:steuererklarung	0.1162
        lex:just sent	0.1161
        lex:aprem	0.116
        lex:clean	0.116
        lex:demorou um	0.116
        lex:fotovoltaico	0.116
        lex:salio	0.1159
        lex:y salio	0.1159
        lex:me back	0.1158
        lex:servono	0.1158
        lex:valor da	0.1158
        lex:someone call	0.1157
        lex:quero encomendar	0.1156
        lex:af	0.1154
        lex:get my	0.1154
        lex:quedo todo	0.1154
        lex:in un	0.1153
        lex:venerdi	0.1153
        lex:neu	0.115
        lex:a luz	0.1149
        lex:what would	0.1147
        lex:arrived with	0.1146
        lex:vini	0.1146
        lex:max	0.1145
        lex:comida de	0.1144
        lex:wasn	0.1144
        lex:wasn t	0.1144
        lex:bem	0.1143
        lex:like	0.1143
        lex:noch da	0.1143
        lex:tandarts	0.1143
        lex:mao	0.1142
        lex:desks free	0.1141
        lex:a at	0.114
        lex:ceremony	0.114
        lex:integracao	0.114
        lex:integracao com	0.114
        lex:me to	0.114
        lex:on my	0.114
        lex:and is	0.1139
        lex:che ci	0.1138
        lex:since	0.1135
        lex:buch	0.1134
        lex:gibt	0.1133
        lex:mamma	0.1133
        lex:pido	0.1132
        lex:quiero	0.1132
        lex:teuer	0.1131
        lex:mae	0.113
        lex:familienshooting	0.1129
        lex:glucklich	0.1129
        lex:feriado	0.1126
        lex:pedido	0.1125
        lex:calentador	0.1124
        lex:continuo	0.1124
        lex:ihr uber	0.1124
        lex:silvester noch	0.1124
        lex:de vcs	0.1122
        lex:wo kann	0.112
        lex:anche in	0.1118
        lex:y se	0.1118
        lex:jullie voor	0.1117
        lex:replacement	0.1117
        lex:sounds good	0.1116
        lex:fleet	0.1115
        lex:principiantes	0.1113
        lex:hago para	0.1111
        lex:a vous	0.1109
        lex:envios a	0.1109
        lex:graag contact	0.1108
        lex:quebrado	0.1107
        lex:exact	0.1105
        lex:y queremos	0.1104
        lex:winterthur	0.1103
        lex:block	0.1101
        lex:ci servono	0.1101
        lex:formulaire	0.11
        lex:le formulaire	0.11
        lex:fohnen	0.1099
        lex:sturen	0.1098
        lex:the full	0.1098
        lex:voi da	0.1098
        lex:wegen dem	0.1098
        lex:aside	0.1096
        lex:nata a	0.1096
        lex:sort it	0.1096
        lex:ce soir	0.1094
        lex:end of	0.1094
        lex:fin juin	0.1094
        lex:tem vaga	0.1094
        lex:for me	0.1093
        lex:la paella	0.1093
        lex:of zijn	0.1093
        lex:paella	0.1093
        lex:zaterdag nog	0.1093
        lex:dann bestell	0.1092
        lex:hasn	0.1092
        lex:hasn t	0.1092
        lex:pagare	0.1092
        lex:que nos	0.1091
        lex:die hochzeit	0.109
        lex:gewechselt	0.109
        lex:soy de	0.109
        lex:liguem	0.1089
        lex:prive	0.1086
        lex:boite	0.1085
        lex:mornings	0.1085
        lex:send my	0.1084
        lex:uno studio	0.1084
        lex:private	0.1083
        lex:dessert	0.1082
        lex:en prive	0.1082
        lex:sabato mattina	0.1081
        lex:bed semi	0.108
        lex:jouw verjaardag	0.108
        lex:pourrait	0.108
        lex:vrijdag	0.108
        lex:mascotas	0.1079
        lex:nach osterreich	0.1079
        lex:osterreich	0.1079
        lex:sin mascotas	0.1079
        lex:somos pareja	0.1079
        lex:verordnung	0.1077
        lex:delivered	0.1076
        lex:j en	0.1076
        lex:la robe	0.1074
        lex:robe	0.1074
        lex:you about	0.1073
        lex:ustedes	0.1072
        lex:di ritardo	0.1071
        lex:sto con	0.1071
        lex:would love	0.1071
        lex:siamo uno	0.107
        lex:studio di	0.107
        lex:revisao dos	0.1068
        lex:meinen	0.1063
        lex:loved the	0.1062
        lex:maar in	0.1061
        lex:december	0.1059
        lex:ihr morgen	0.1058
        lex:pa los	0.1058
        lex:gas	0.1057
        lex:gibts	0.1057
        lex:nachste woche	0.1057
        lex:si quelqu	0.1057
        lex:roof	0.1056
        lex:zondag een	0.1055
        lex:photos	0.1054
        lex:est a	0.1052
        lex:mattina	0.1052
        lex:letztes	0.105
        lex:letztes jahr	0.105
        lex:me liguem	0.105
        lex:dauert ewig	0.1049
        lex:lave	0.1048
        lex:papillon	0.1048
        lex:saturday for	0.1048
        lex:commercial	0.1047
        lex:a week	0.1046
        lex:you cover	0.1046
        lex:fate anche	0.1045
        lex:aan het	0.1044
        lex:full	0.1044
        lex:nu bij	0.1044
        lex:fattura	0.1043
        lex:bestel ik	0.1042
        lex:disponibile	0.1042
        lex:ficaram	0.1042
        lex:you doing	0.1042
        lex:ons maar	0.1041
        lex:quitte notre	0.1041
        lex:does your	0.104
        lex:vou fazer	0.104
        lex:any chance	0.1038
        lex:mariage	0.1036
        lex:echanger	0.1035
        lex:een monteur	0.1035
        lex:want to	0.1035
        lex:wohnzimmer	0.1034
        lex:linda	0.1033
        lex:mo	0.1033
        lex:offres	0.1033
        lex:pasar por	0.1033
        lex:que a	0.1032
        lex:c combien	0.1031
        lex:price up	0.1031
        lex:tell	0.1031
        lex:you price	0.1031
        lex:galettes	0.103
        lex:hola	0.103
        lex:ibiza	0.103
        lex:la manana	0.103
        lex:payroll	0.1029
        lex:turns	0.1029
        lex:arrive avec	0.1028
        lex:like to	0.1028
        lex:alguem do	0.1027
        lex:arrivato con	0.1027
        lex:credit	0.1027
        lex:nhs	0.1027
        lex:the site	0.1027
        lex:veio com	0.1026
        lex:lo del	0.1024
        lex:gente	0.1023
        lex:over to	0.1023
        lex:procuramos	0.1023
        lex:avril	0.1022
        lex:my birthday	0.1022
        lex:abonnement	0.1021
        lex:gateau	0.1021
        lex:ingles para	0.1021
        lex:sorted my	0.1018
        lex:uguali	0.1018
        lex:meu dinheiro	0.1017
        lex:sabato	0.1017
        lex:su tutta	0.1017
        lex:year	0.1017
        lex:algo	0.1016
        lex:e piega	0.1016
        lex:assim	0.1015
        lex:offer	0.1015
        lex:fortnightly	0.1013
        lex:en mayo	0.1012
        lex:figlia	0.101
        lex:mia figlia	0.101
        lex:jahr	0.1009
        lex:move over	0.1008
        lex:tagliando	0.1008
        lex:caso	0.1007
        lex:krieg	0.1007
        lex:de los	0.1005
        lex:euch ein	0.1005
        lex:it wasn	0.1004
        lex:en diciembre	0.1003
        lex:casa de	0.1002
        lex:up	0.1002
        lex:again for	0.1001
        lex:de volta	0.1001
        lex:roaming in	0.1
        lex:for my	0.0999
        lex:la verdad	0.0999
        lex:sexta de	0.0999
        lex:gern einen	0.0998
        lex:hoe kan	0.0998
        lex:hond	0.0996
        lex:di tedesco	0.0995
        lex:een proefles	0.0995
        lex:jullie morgen	0.0995
        lex:serale	0.0995
        lex:sofa	0.0995
        lex:tedesco	0.0995
        lex:the kids	0.0995
        lex:the front	0.0994
        lex:balayage bei	0.0993
        lex:guarda	0.0993
        lex:trial	0.0993
        lex:viert	0.0993
        lex:zu viert	0.0993
        lex:lauw	0.0992
        lex:lauw en	0.0992
        lex:was lauw	0.0992
        lex:etes ouverts	0.0991
        lex:sistema	0.0991
        lex:assistenza	0.099
        lex:catering	0.099
        lex:to saindo	0.099
        lex:komen hier	0.0989
        lex:online	0.0988
        lex:tuo	0.0988
        lex:avaliar	0.0987
        lex:mismo	0.0987
        lex:marzo	0.0985
        lex:venuto	0.0984
        lex:suporte	0.0983
        lex:un de	0.0983
        lex:a half	0.0982
        lex:jouw	0.0982
        lex:vaisselle	0.0982
        lex:ya lo	0.0982
        lex:after this	0.0981
        lex:brauchen	0.0981
        lex:missed the	0.0981
        lex:para comprar	0.0981
        lex:pis	0.0981
        lex:tafel	0.0981
        lex:betalen	0.098
        lex:stanotte	0.098
        lex:tengo que	0.098
        lex:ziehen	0.098
        lex:como funciona	0.0978
        lex:ai un	0.0977
        lex:have anything	0.0977
        lex:roaming	0.0977
        lex:ado	0.0976
        lex:ai fait	0.0976
        lex:online or	0.0976
        lex:order online	0.0976
        lex:graag terugbellen	0.0974
        lex:prenotiamo	0.0974
        lex:renewal	0.0974
        lex:e qualcuno	0.0973
        lex:ele	0.0973
        lex:email to	0.0973
        lex:pensando	0.0972
        lex:the booking	0.0972
        lex:en fin	0.0971
        lex:jours et	0.0971
        lex:mi hijo	0.0971
        lex:uns eine	0.0971
        lex:les deje	0.097
        lex:a small	0.0969
        lex:nada	0.0969
        lex:replacement part	0.0969
        lex:el contrato	0.0968
        lex:looking	0.0968
        lex:chienne	0.0967
        lex:ich hab	0.0967
        lex:ma chienne	0.0967
        lex:pal	0.0967
        lex:algo chiquito	0.0965
        lex:nos hicieron	0.0965
        lex:se termine	0.0965
        lex:uns	0.0965
        lex:aumentato	0.0964
        lex:di mia	0.0964
        lex:filho	0.0964
        lex:ha aumentato	0.0964
        lex:meu filho	0.0964
        lex:return	0.0964
        lex:at it	0.0962
        lex:jours apres	0.0962
        lex:termine fin	0.0962
        lex:best email	0.0961
        lex:another go	0.0959
        lex:el corte	0.0959
        lex:in cucina	0.0959
        lex:and two	0.0957
        lex:buen trato	0.0957
        lex:jaune	0.0957
        lex:ces jours	0.0956
        lex:maar ik	0.0956
        lex:mon fils	0.0956
        lex:parcial	0.0956
        lex:this quarter	0.0956
        lex:a shopify	0.0955
        lex:knee	0.0955
        lex:rebuild	0.0955
        lex:shopify rebuild	0.0955
        lex:aus und	0.0954
        lex:me paso	0.0953
        lex:prices	0.0953
        lex:give you	0.0952
        lex:you another	0.0952
        lex:di nuovo	0.0951
        lex:een uur	0.0951
        lex:at you	0.095
        lex:dr patel	0.095
        lex:pret	0.095
        lex:pienso	0.0948
        lex:semesterferien noch	0.0948
        lex:shopify	0.0948
        lex:a avaliar	0.0947
        lex:scritto	0.0947
        lex:ha anos	0.0946
        lex:angebot fur	0.0945
        lex:demain	0.0945
        lex:queda	0.0945
        lex:nothing like	0.0942
        lex:sta	0.0942
        lex:a napoli	0.0941
        lex:would like	0.0941
        lex:deje	0.094
        lex:jij	0.094
        lex:and nobody	0.0939
        lex:boeken	0.0938
        lex:lausanne	0.0938
        lex:ao ma	0.0937
        lex:kunnen jullie	0.0937
        lex:que je	0.0937
        lex:pistachio	0.0936
        lex:the pistachio	0.0936
        lex:job	0.0935
        lex:from the	0.0934
        lex:ouverts	0.0934
        lex:geslaagd	0.0933
        lex:offerte voor	0.0933
        lex:noch bei	0.0932
        lex:per agosto	0.0932
        lex:poi	0.0931
        lex:a unimed	0.0929
        lex:hochzeitstag	0.0929
        lex:le remboursement	0.0929
        lex:should	0.0929
        lex:unimed	0.0929
        lex:a cracked	0.0928
        lex:geste commercial	0.0928
        lex:i get	0.0927
        lex:samen	0.0927
        lex:space for	0.0926
        lex:apart	0.0925
        lex:just need	0.0922
        lex:and	0.0921
        lex:pasarme	0.0921
        lex:pasarme con	0.0921
        lex:cube	0.092
        lex:das cube	0.092
        lex:possible	0.0919
        lex:we zitten	0.0919
        lex:you got	0.0919
        lex:a day	0.0918
        lex:hicieron	0.0918
        lex:qual	0.0918
        lex:vi ho	0.0918
        lex:de mes	0.0917
        lex:bosch	0.0916
        lex:de	0.0916
        lex:een offerte	0.0916
        lex:over de	0.0915
        lex:voor mij	0.0915
        lex:hijo	0.0914
        lex:in mechelen	0.0914
        lex:mechelen	0.0914
        lex:eten	0.0913
        lex:finde	0.0913
        lex:zijn het	0.0913
        lex:link to	0.0912
        lex:doe	0.0911
        lex:gym	0.0911
        lex:reactie	0.0909
        lex:contrato con	0.0908
        lex:hetzelfde	0.0908
        lex:ligne	0.0908
        lex:process	0.0908
        lex:morgen	0.0907
        lex:n	0.0907
        lex:fechar	0.0906
        lex:que ya	0.0905
        lex:amersfoort	0.0903
        lex:block of	0.0903
        lex:ik bestellen	0.0902
        lex:inglese	0.0902
        lex:the wedding	0.0901
        lex:concorrente	0.09
        lex:contact	0.09
        lex:they ve	0.09
        lex:vez que	0.09
        lex:next month	0.0899
        lex:avez une	0.0898
        lex:colis	0.0898
        lex:eine neue	0.0898
        lex:french	0.0898
        lex:find it	0.0897
        lex:cancellato	0.0896
        lex:esame	0.0896
        lex:quarter	0.0896
        lex:volo cancellato	0.0896
        lex:wenn ihr	0.0896
        lex:no fim	0.0895
        lex:sehr	0.0895
        lex:wochenende	0.0895
        lex:lovely job	0.0894
        lex:grazing	0.0893
        lex:op vrijdag	0.0893
        lex:porfa que	0.0893
        lex:precioso	0.0893
        lex:precisam	0.0892
        lex:precisam de	0.0892
        lex:atendimento	0.0891
        lex:atual	0.0891
        lex:bed	0.0891
        lex:e per	0.0891
        lex:inscrit	0.0891
        lex:s inscrit	0.0891
        lex:tre settimane	0.0891
        lex:quiero en	0.089
        lex:ist raus	0.0889
        lex:up in	0.0889
        lex:area with	0.0888
        lex:just moved	0.0888
        lex:new patients	0.0888
        lex:une offre	0.0888
        lex:runs	0.0887
        lex:this class	0.0887
        lex:taart	0.0886
        lex:answer the	0.0885
        lex:freddo	0.0884
        lex:stappen	0.0884
        lex:chaqueta	0.0883
        lex:la chaqueta	0.0883
        lex:buchen	0.0882
        lex:la plata	0.0882
        lex:le contrat	0.0882
        lex:me about	0.0882
        lex:plata	0.0882
        lex:there any	0.0882
        lex:with mark	0.0882
        lex:preventivo per	0.0881
        lex:spargel	0.0879
        lex:arrive	0.0878
        lex:dos veces	0.0878
        lex:fica mais	0.0878
        lex:no feriado	0.0878
        lex:test	0.0878
        lex:this review	0.0877
        lex:garden	0.0876
        lex:ideally	0.0876
        lex:laten	0.0876
        lex:mas o	0.0876
        lex:my number	0.0876
        lex:nhs patients	0.0876
        lex:ewig	0.0874
        lex:mercredi	0.0874
        lex:wenigstens	0.0874
        lex:a revisao	0.0873
        lex:il tuo	0.0873
        lex:senao	0.0873
        lex:demorou	0.0872
        lex:alguien me	0.0871
        lex:harta	0.0871
        lex:jueves	0.0871
        lex:monteur	0.0871
        lex:order a	0.087
        lex:with another	0.0868
        lex:let me	0.0867
        lex:as tercas	0.0864
        lex:interior	0.0864
        lex:tercas	0.0864
        lex:the interior	0.0864
        lex:alguien q	0.0863
        lex:d rather	0.0863
        lex:deel	0.0863
        lex:zitten nu	0.0863
        lex:attendo	0.0862
        lex:hausrat	0.0862
        lex:next september	0.0862
        lex:consultation	0.0861
        lex:servirebbe	0.0861
        lex:pagamento	0.086
        lex:servirebbe un	0.086
        lex:a replacement	0.0859
        lex:pomeriggio	0.0859
        lex:termina	0.0859
        lex:traer a	0.0859
        lex:ultimo	0.0859
        lex:exact maar	0.0858
        lex:we get	0.0858
        lex:ik moet	0.0857
        lex:termina el	0.0857
        lex:contrat de	0.0856
        lex:mir wared	0.0856
        lex:mudar	0.0856
        lex:next time	0.0856
        lex:ruckruf unter	0.0856
        lex:wared	0.0856
        lex:faxina	0.0855
        lex:ready	0.0855
        lex:ivm	0.0854
        lex:mein vertrag	0.0854
        lex:to give	0.0854
        lex:vertrag bei	0.0854
        lex:in winterthur	0.0853
        lex:den stadtwerken	0.0852
        lex:der wechsel	0.0852
        lex:stadtwerken	0.0852
        lex:stadtwerken lauft	0.0852
        lex:wechsel zu	0.0852
        lex:a maquina	0.0851
        lex:de lavar	0.0851
        lex:lavar	0.0851
        lex:maquina de	0.0851
        lex:nur	0.0851
        lex:veggie	0.0851
        lex:cosa	0.0849
        lex:fiz a	0.0848
        lex:me and	0.0848
        lex:venue	0.0848
        lex:chegou com	0.0847
        lex:hora	0.0847
        lex:via le	0.0846
        lex:dois	0.0845
        lex:teilen	0.0845
        lex:en ligne	0.0844
        lex:niemand	0.0844
        lex:el calentador	0.0843
        lex:hatt gern	0.0843
        lex:bietet	0.0842
        lex:bietet mir	0.0842
        lex:bild	0.0842
        lex:essa semana	0.0842
        lex:heb je	0.0842
        lex:ketting	0.0842
        lex:waiting	0.0842
        lex:weniger	0.0842
        lex:another practice	0.0841
        lex:the new	0.0841
        lex:charge for	0.084
        lex:gostei do	0.084
        lex:wallbox	0.084
        lex:zonder	0.084
        lex:for gel	0.0838
        lex:keer	0.0838
        lex:d happily	0.0836
        lex:cuanto me	0.0835
        lex:ou faut	0.0833
        lex:ab q2	0.0832
        lex:it	0.0832
        lex:knee in	0.0832
        lex:q2 einen	0.0832
        lex:borsa	0.0831
        lex:gaan we	0.0831
        lex:sim only	0.0831
        lex:camarero	0.0829
        lex:ci servirebbe	0.0829
        lex:need someone	0.0829
        lex:un preventivo	0.0829
        lex:bei schulterlangen	0.0828
        lex:etes	0.0828
        lex:fri	0.0828
        lex:missed	0.0828
        lex:schulterlangen	0.0828
        lex:schulterlangen haaren	0.0828
        lex:tenete	0.0828
        lex:das geld	0.0827
        lex:inscricao	0.0827
        lex:outgrown	0.0826
        lex:ve outgrown	0.0826
        lex:a inscricao	0.0825
        lex:la place	0.0825
        lex:vous etes	0.0825
        lex:aqui en	0.0824
        lex:reintegren	0.0824
        lex:to na	0.0824
        lex:verwacht	0.0824
        lex:gere	0.0823
        lex:tem horario	0.0823
        lex:zapopan	0.0822
        lex:bloquer	0.0821
        lex:envoye pour	0.082
        lex:i order	0.082
        lex:keinen	0.082
        lex:puregym	0.082
        lex:this year	0.082
        lex:fur manuelle	0.0819
        lex:gaste	0.0819
        lex:manuelle	0.0819
        lex:manuelle therapie	0.0819
        lex:signing up	0.0819
        lex:taglich	0.0819
        lex:therapie	0.0819
        lex:por mayor	0.0818
        lex:voor onze	0.0818
        lex:happy to	0.0817
        lex:prix du	0.0817
        lex:metade	0.0815
        lex:dico	0.0814
        lex:respuesta	0.0814
        lex:selben	0.0814
        lex:en zapopan	0.0813
        lex:patel	0.0813
        lex:the hot	0.0813
        lex:offerte graag	0.0812
        lex:gratuito	0.0811
        lex:tambem	0.0811
        lex:vorbeikommen	0.0811
        lex:casal	0.081
        lex:orcamento para	0.081
        lex:d annee	0.0809
        lex:fin d	0.0809
        lex:libre el	0.0808
        lex:favor	0.0807
        lex:graag voor	0.0807
        lex:nr	0.0807
        lex:a porta	0.0806
        lex:favore	0.0806
        lex:la quota	0.0806
        lex:porta	0.0806
        lex:quota	0.0806
        lex:per favore	0.0805
        lex:ihr ab	0.0803
        lex:in with	0.0803
        lex:je een	0.0803
        lex:back for	0.0802
        lex:dej	0.0802
        lex:petit dej	0.0802
        lex:part	0.0801
        lex:to the	0.0801
        lex:demain aprem	0.08
        lex:je	0.08
        lex:matin pour	0.08
        lex:stiamo valutando	0.08
        lex:this week	0.08
        lex:valutando	0.08
        lex:zahnreinigung	0.08
        lex:megas	0.0799
        lex:sair do	0.0799
        lex:for a	0.0798
        lex:gere les	0.0798
        lex:same on	0.0798
        lex:my shoulder	0.0797
        lex:ombrellone	0.0797
        lex:shoulder in	0.0797
        lex:thurs	0.0797
        lex:u still	0.0797
        lex:een demo	0.0796
        lex:of tenancy	0.0796
        lex:schoonmoeder	0.0796
        lex:tenancy clean	0.0796
        lex:contact opnemen	0.0795
        lex:iemand mij	0.0795
        lex:igualan	0.0795
        lex:me igualan	0.0795
        lex:opnemen	0.0795
        lex:queria passar	0.0795
        lex:the opening	0.0795
        lex:time with	0.0795
        lex:when the	0.0795
        lex:hoeveel kost	0.0794
        lex:like this	0.0794
        lex:ils ont	0.0793
        lex:qualcuno	0.0792
        lex:corso di	0.0791
        lex:de pote	0.0791
        lex:man die	0.0791
        lex:pote	0.0791
        lex:termin fur	0.079
        lex:a ottobre	0.0789
        lex:chiesto	0.0789
        lex:we zijn	0.0789
        lex:are they	0.0788
        lex:bilocale	0.0788
        lex:costa la	0.0788
        lex:croissants or	0.0788
        lex:last sat	0.0788
        lex:like last	0.0788
        lex:no zap	0.0788
        lex:or are	0.0788
        lex:pistachio croissants	0.0788
        lex:prestataire actuel	0.0788
        lex:vorrei sapere	0.0788
        lex:with puregym	0.0788
        lex:zap	0.0788
        lex:la otra	0.0787
        lex:avec le	0.0786
        lex:com um	0.0786
        lex:does	0.0786
        lex:inscrit a	0.0786
        lex:meu mei	0.0786
        lex:outil	0.0786
        lex:rechnung	0.0786
        lex:des offres	0.0785
        lex:offres pour	0.0785
        lex:do the	0.0784
        lex:sabado	0.0784
        lex:abrir	0.0783
        lex:away	0.0783
        lex:get me	0.0783
        lex:potete ricontattarmi	0.0783
        lex:ricontattarmi	0.0783
        lex:el entrenador	0.0782
        lex:entrenador	0.0782
        lex:out brassy	0.0782
        lex:grauburgunder	0.0781
        lex:nu op	0.0781
        lex:coaching	0.078
        lex:dachschrage	0.078
        lex:der dachschrage	0.078
        lex:einbauschrank	0.078
        lex:poland	0.078
        lex:voudrais un	0.078
        lex:bill	0.0779
        lex:who do	0.0779
        lex:commander la	0.0778
        lex:en un	0.0778
        lex:ik bestel	0.0778
        lex:maar op	0.0778
        lex:eltern	0.0777
        lex:bereikbaar	0.0776
        lex:bereikbaar en	0.0776
        lex:un remboursement	0.0776
        lex:ni me	0.0775
        lex:langs	0.0774
        lex:s im	0.0774
        lex:garden is	0.0773
        lex:por favor	0.0773
        lex:amy	0.0772
        lex:mande un	0.0772
        lex:rumore	0.0772
        lex:still available	0.0772
        lex:un rumore	0.0772
        lex:viel	0.0772
        lex:adults	0.0771
        lex:match	0.0771
        lex:soeur	0.0771
        lex:bis	0.0769
        lex:e mi	0.0767
        lex:him	0.0767
        lex:perfekt	0.0767
        lex:away from	0.0766
        lex:compramos	0.0766
        lex:dan kom	0.0766
        lex:kom ik	0.0766
        lex:la pizza	0.0766
        lex:semana que	0.0766
        lex:saindo do	0.0764
        lex:llego	0.0763
        lex:sabado por	0.0763
        lex:vaccino	0.0763
        lex:gestuurd over	0.0762
        lex:pegar	0.0762
        lex:reservieren	0.0762
        lex:through ceiling	0.0762
        lex:un mese	0.0762
        lex:into	0.0761
        lex:kg	0.0761
        lex:koud	0.0761
        lex:lo de	0.0761
        lex:lucia	0.0761
        lex:pour moi	0.0761
        lex:el numero	0.0759
        lex:notre	0.0759
        lex:envio a	0.0758
        lex:kapot	0.0758
        lex:much	0.0758
        lex:fechado	0.0757
        lex:liefst	0.0756
        lex:bestellt	0.0755
        lex:il cane	0.0755
        lex:personne	0.0755
        lex:decente	0.0754
        lex:fazer a	0.0754
        lex:marz wieder	0.0754
        lex:mieux	0.0754
        lex:mudo ja	0.0754
        lex:sobre o	0.0754
        lex:brassy	0.0753
        lex:frenos	0.0753
        lex:de voces	0.0752
        lex:corte na	0.075
        lex:couverts	0.075
        lex:de diciembre	0.075
        lex:doen	0.075
        lex:na orelha	0.075
        lex:o veterinario	0.075
        lex:orelha	0.075
        lex:out on	0.075
        lex:please	0.075
        lex:the photo	0.075
        lex:veterinario	0.075
        lex:no puedo	0.0749
        lex:frenos y	0.0748
        lex:stamattina	0.0748
        lex:juin et	0.0747
        lex:revenir	0.0747
        lex:antwoord	0.0746
        lex:offre	0.0746
        lex:badkamer	0.0744
        lex:due giorni	0.0744
        lex:base	0.0743
        lex:dopo due	0.0743
        lex:il catalogo	0.0743
        lex:gosto	0.0742
        lex:lo sistemiate	0.0742
        lex:no pienso	0.0742
        lex:ordering	0.0742
        lex:sistemiate	0.0742
        lex:combien pour	0.0741
        lex:need these	0.0741
        lex:laurea di	0.074
        lex:centre	0.0739
        lex:empresa que	0.0739
        lex:with her	0.0739
        lex:ihr mal	0.0738
        lex:meiner	0.0738
        lex:samedi matin	0.0738
        lex:to do	0.0738
        lex:zimmer	0.0738
        lex:bei der	0.0737
        lex:lasciare	0.0737
        lex:quest anno	0.0736
        lex:onda	0.0735
        lex:q onda	0.0735
        lex:impianto	0.0734
        lex:lo facciamo	0.0734
        lex:lunes a	0.0734
        lex:closed	0.0732
        lex:de clientes	0.0732
        lex:meu cachorro	0.0732
        lex:opening	0.0732
        lex:parziale	0.0731
        lex:rimborso parziale	0.0731
        lex:notti	0.073
        lex:siamo in	0.073
        lex:she passed	0.0729
        lex:voorraad in	0.0728
        lex:das gleiche	0.0727
        lex:passage	0.0727
        lex:votre passage	0.0727
        lex:unless	0.0725
        lex:is er	0.0724
        lex:podem	0.0724
        lex:hueco	0.0723
        lex:in basel	0.0722
        lex:auf dem	0.072
        lex:contract ends	0.072
        lex:indietro	0.072
        lex:torno indietro	0.072
        lex:dak	0.0719
        lex:no lo	0.0719
        lex:ci tenete	0.0718
        lex:tenete la	0.0718
        lex:bloque	0.0717
        lex:dochter	0.0717
        lex:richiamatemi	0.0717
        lex:richiamatemi per	0.0717
        lex:per dag	0.0716
        lex:que tengo	0.0716
        lex:t2	0.0716
        lex:gazelle	0.0715
        lex:its	0.0715
        lex:outage this	0.0715
        lex:il nostro	0.0714
        lex:do we	0.0713
        lex:want a	0.0713
        lex:the oak	0.0712
        lex:vers	0.0712
        lex:missing the	0.0711
        lex:a canarias	0.071
        lex:canarias	0.071
        lex:intensivo de	0.071
        lex:is it	0.071
        lex:pra vcs	0.071
        lex:de ingles	0.0708
        lex:faut passer	0.0707
        lex:need it	0.0707
        lex:son	0.0707
        lex:tavolo per	0.0707
        lex:codice	0.0705
        lex:dropped	0.0705
        lex:fineline tattoo	0.0705
        lex:gemaild	0.0705
        lex:lente	0.0705
        lex:tattoo am	0.0705
        lex:ort	0.0704
        lex:ruft	0.0704
        lex:ruft mich	0.0704
        lex:vor ort	0.0704
        lex:portar	0.0703
        lex:a mensalidade	0.0702
        lex:accettate	0.0702
        lex:friday	0.0702
        lex:wedding is	0.0702
        lex:me pasaron	0.07
        lex:pasaron	0.07
        lex:pasaron presupuesto	0.07
        lex:comprar	0.0699
        lex:e uma	0.0699
        lex:by a	0.0698
        lex:il piano	0.0698
        lex:lei	0.0698
        lex:per rifare	0.0698
        lex:erw	0.0697
        lex:mijn dochter	0.0697
        lex:on sera	0.0697
        lex:over een	0.0697
        lex:per fare	0.0697
        lex:repasser	0.0697
        lex:y quedo	0.0697
        lex:februar	0.0696
        lex:vcs	0.0695
        lex:da parte	0.0693
        lex:after they	0.0692
        lex:gemaild over	0.0692
        lex:gostavamos	0.0692
        lex:gostavamos de	0.0692
        lex:joining fee	0.0692
        lex:piso	0.0692
        lex:piso de	0.0692
        lex:the fiesta	0.0692
        lex:um corte	0.0692
        lex:als ik	0.0691
        lex:roundabouts	0.0691
        lex:set of	0.069
        lex:quest	0.0689
        lex:bambini	0.0688
        lex:than	0.0687
        lex:instructor	0.0686
        lex:wifi	0.0686
        lex:lanes	0.0684
        lex:calls	0.0683
        lex:handle	0.0683
        lex:booking the	0.0682
        lex:finestre	0.0682
        lex:peccato	0.0682
        lex:wohnung	0.0682
        lex:yrs and	0.0682
        lex:we hebben	0.0681
        lex:weten	0.0681
        lex:cobran	0.068
        lex:custa a	0.068
        lex:gentilissimi	0.068
        lex:her	0.068
        lex:to try	0.068
        lex:try	0.068
        lex:voir	0.068
        lex:klant	0.0679
        lex:my account	0.0679
        lex:t even	0.0679
        lex:grey	0.0677
        lex:venga	0.0677
        lex:a row	0.0676
        lex:la portabilita	0.0676
        lex:portabilita	0.0676
        lex:row	0.0676
        lex:vermieter	0.0675
        lex:cambien	0.0673
        lex:de las	0.0673
        lex:to talk	0.0673
        lex:bairro	0.0672
        lex:do bairro	0.0672
        lex:mnd	0.0672
        lex:need a	0.0671
        lex:back	0.067
        lex:este sabado	0.067
        lex:maintenance	0.067
        lex:para este	0.067
        lex:carnet	0.0669
        lex:direct sobre	0.0669
        lex:fig	0.0669
        lex:fig one	0.0669
        lex:preco justo	0.0669
        lex:talla	0.0669
        lex:the fig	0.0669
        lex:is up	0.0668
        lex:fevrier	0.0667
        lex:geschrieben	0.0667
        lex:tutte	0.0667
        lex:bust	0.0666
        lex:cant	0.0666
        lex:crianca	0.0666
        lex:vaga pro	0.0666
        lex:con il	0.0665
        lex:llevo	0.0665
        lex:nuova	0.0665
        lex:o valor	0.0665
        lex:bin ich	0.0664
        lex:brushing	0.0664
        lex:wollt	0.0664
        lex:man bei	0.0662
        lex:tarde	0.0662
        lex:beschadigd	0.0661
        lex:cachorro	0.0661
        lex:semaine du	0.0661
        lex:un gestionale	0.0661
        lex:d be	0.0658
        lex:igualais	0.0658
        lex:igualais el	0.0658
        lex:me igualais	0.0658
        lex:precio me	0.0658
        lex:the wreath	0.0658
        lex:wreath	0.0658
        lex:bloque depuis	0.0657
        lex:es pa	0.0657
        lex:buoni	0.0656
        lex:libere	0.0656
        lex:mes	0.0656
        lex:protein	0.0656
        lex:the protein	0.0656
        lex:auch noch	0.0655
        lex:is	0.0655
        lex:ma soeur	0.0655
        lex:sunrise	0.0655
        lex:sunrise class	0.0655
        lex:the sunrise	0.0655
        lex:la stessa	0.0654
        lex:stessa	0.0654
        lex:kostet die	0.0653
        lex:me tiene	0.0653
        lex:prestataire	0.0653
        lex:tiene harta	0.0653
        lex:manager	0.0652
        lex:nog vrij	0.0652
        lex:el portatil	0.0651
        lex:family	0.0651
        lex:la pantalla	0.0651
        lex:lo cambian	0.0651
        lex:pantalla	0.0651
        lex:pantalla rayada	0.0651
        lex:para mi	0.0651
        lex:portatil	0.0651
        lex:portatil llego	0.0651
        lex:rayada	0.0651
        lex:die voor	0.0649
        lex:precommande	0.0648
        lex:vorrei un	0.0648
        lex:samples	0.0647
        lex:schade	0.0647
        lex:refazer	0.0646
        lex:dran	0.0645
        lex:qu un	0.0645
        lex:joining	0.0644
        lex:pra sexta	0.0644
        lex:beurt	0.0643
        lex:your import	0.0643
        lex:brilliant	0.0642
        lex:talk to	0.0642
        lex:verso le	0.0642
        lex:amazing	0.0641
        lex:one star	0.0641
        lex:renewal is	0.0641
        lex:are back	0.064
        lex:qto custa	0.064
        lex:ritardo	0.064
        lex:ago	0.0639
        lex:met een	0.0639
        lex:pranzo	0.0639
        lex:posso voltar	0.0638
        lex:ben klaar	0.0637
        lex:klaar met	0.0637
        lex:go if	0.0635
        lex:nosso	0.0635
        lex:restaurant	0.0635
        lex:sinds de	0.0635
        lex:entrar em	0.0634
        lex:me rembourser	0.0634
        lex:podem entrar	0.0634
        lex:saturday s	0.0634
        lex:sohn	0.0634
        lex:x il	0.0634
        lex:fredda	0.0633
        lex:aug	0.0632
        lex:ich bestell	0.0632
        lex:leveren jullie	0.0632
        lex:aura	0.0631
        lex:buro	0.0631
        lex:bij sanne	0.063
        lex:much to	0.063
        lex:onesti	0.063
        lex:recu	0.0629
        lex:to book	0.0629
        lex:one of	0.0628
        lex:refund or	0.0628
        lex:cote	0.0627
        lex:bruxelles	0.0626
        lex:pas de	0.0626
        lex:depa de	0.0625
        lex:fur unsere	0.0624
        lex:keeps	0.0623
        lex:lleve	0.0623
        lex:deze week	0.0622
        lex:tues	0.0622
        lex:a ver	0.0621
        lex:a voicemail	0.0621
        lex:de empresa	0.0621
        lex:regio utrecht	0.0621
        lex:voicemail	0.0621
        lex:ancora posto	0.062
        lex:llegaron	0.062
        lex:per ferragosto	0.062
        lex:t1	0.062
        lex:a montreal	0.0619
        lex:montreal	0.0619
        lex:on m	0.0619
        lex:inversor	0.0618
        lex:je dois	0.0618
        lex:kantoor	0.0618
        lex:o inversor	0.0618
        lex:ons kantoor	0.0618
        lex:prends le	0.0618
        lex:tenes turno	0.0618
        lex:a bruxelles	0.0617
        lex:extensions	0.0616
        lex:extensions w	0.0616
        lex:french tip	0.0616
        lex:gel extensions	0.0616
        lex:ones	0.0616
        lex:tip	0.0616
        lex:de gazelle	0.0615
        lex:dress	0.0615
        lex:fatemi	0.0615
        lex:fatemi sapere	0.0615
        lex:left a	0.0615
        lex:seo	0.0615
        lex:tengo	0.0615
        lex:camp	0.0614
        lex:b1	0.0613
        lex:live	0.0613
        lex:por lo	0.0613
        lex:bolo de	0.0612
        lex:on prend	0.0612
        lex:jullie contact	0.0611
        lex:sul	0.0611
        lex:we hier	0.0611
        lex:dit kosteloos	0.061
        lex:kosteloos	0.061
        lex:mi madre	0.061
        lex:o que	0.061
        lex:verwacht dat	0.061
        lex:a banging	0.0609
        lex:banging	0.0609
        lex:banging noise	0.0609
        lex:covers	0.0609
        lex:in direct	0.0609
        lex:antes da	0.0608
        lex:die in	0.0608
        lex:ya van	0.0606
        lex:hab ihnen	0.0605
        lex:ihnen eine	0.0605
        lex:inscrivez	0.0604
        lex:if possible	0.0603
        lex:time	0.0603
        lex:we move	0.0603
        lex:een mail	0.0601
        lex:mail gestuurd	0.0601
        lex:a meta	0.06
        lex:meta	0.06
        lex:famiglia	0.0599
        lex:pres	0.0599
        lex:srl	0.0599
        lex:this is	0.0599
        lex:und ich	0.0599
        lex:de jeudi	0.0598
        lex:well	0.0598
        lex:me puede	0.0597
        lex:terugbellen op	0.0597
        lex:cobraron dos	0.0596
        lex:pedido de	0.0596
        lex:a full	0.0595
        lex:in der	0.0595
        lex:est arrive	0.0594
        lex:rembourse	0.0594
        lex:veces la	0.0594
        lex:a combi	0.0593
        lex:bestellen voor	0.0593
        lex:combi	0.0593
        lex:de mi	0.0593
        lex:ende februar	0.0593
        lex:shooting	0.0593
        lex:un abito	0.0593
        lex:dar	0.0591
        lex:een week	0.0591
        lex:l avete	0.0591
        lex:volevo	0.0591
        lex:est passee	0.059
        lex:faltaram	0.059
        lex:i wanted	0.059
        lex:soeur est	0.059
        lex:bed house	0.0589
        lex:de queijo	0.0589
        lex:el jueves	0.0589
        lex:le foto	0.0589
        lex:this in	0.0589
        lex:venir	0.0589
        lex:weekly clean	0.0589
        lex:zit nu	0.0588
        lex:cuenta con	0.0587
        lex:e barba	0.0587
        lex:euch grad	0.0587
        lex:la macchina	0.0587
        lex:lugar incrivel	0.0587
        lex:next year	0.0587
        lex:camera	0.0586
        lex:dm per	0.0586
        lex:quinta	0.0586
        lex:voucher	0.0586
        lex:bruit	0.0585
        lex:subito	0.0584
        lex:falsche	0.0583
        lex:in svizzera	0.0583
        lex:super seance	0.0583
        lex:svizzera	0.0583
        lex:with our	0.0583
        lex:a sherbrooke	0.0581
        lex:funciona	0.0581
        lex:kleines	0.0581
        lex:sherbrooke	0.0581
        lex:unas	0.0581
        lex:i talk	0.058
        lex:terugbetaling van	0.058
        lex:ver isso	0.058
        lex:wie kan	0.058
        lex:de fevrier	0.0579
        lex:gentilissimo	0.0579
        lex:maart	0.0579
        lex:passee chez	0.0579
        lex:vacances	0.0579
        lex:vacances de	0.0579
        lex:before we	0.0578
        lex:so queria	0.0578
        lex:you just	0.0578
        lex:cai	0.0577
        lex:el depa	0.0577
        lex:um orcamento	0.0576
        lex:ayudar	0.0575
        lex:friendly staff	0.0574
        lex:altijd vol	0.0572
        lex:direct per	0.0572
        lex:if so	0.0572
        lex:vol	0.0572
        lex:vous m	0.0572
        lex:pouvez vous	0.0571
        lex:rappeler pour	0.0569
        lex:the ethiopian	0.0569
        lex:plat dak	0.0568
        lex:prive pour	0.0568
        lex:til	0.0568
        lex:whatsapp para	0.0568
        lex:counter	0.0567
        lex:semmeln	0.0567
        lex:t find	0.0567
        lex:catalogo	0.0566
        lex:la matricula	0.0566
        lex:of	0.0566
        lex:taking new	0.0566
        lex:with my	0.0566
        lex:bei ihnen	0.0565
        lex:el plan	0.0564
        lex:arguments	0.0563
        lex:no arguments	0.0563
        lex:panne	0.0563
        lex:corte e	0.0562
        lex:front	0.0562
        lex:zona de	0.0561
        lex:duo	0.056
        lex:ik een	0.056
        lex:ik reserveer	0.056
        lex:m envoyez	0.056
        lex:un tavolo	0.056
        lex:version	0.056
        lex:colore	0.0559
        lex:questo ci	0.0559
        lex:wat zou	0.0559
        lex:anlage	0.0558
        lex:you open	0.0558
        lex:º	0.0558
        lex:º ano	0.0558
        lex:a alguien	0.0557
        lex:booking it	0.0557
        lex:freundlich	0.0557
        lex:faco a	0.0556
        lex:apartame	0.0555
        lex:aqui e	0.0555
        lex:restaurante	0.0555
        lex:anyone at	0.0554
        lex:da foto	0.0554
        lex:faz	0.0554
        lex:sacar	0.0554
        lex:they	0.0554
        lex:lisbon	0.0553
        lex:e venuto	0.0552
        lex:m booking	0.0552
        lex:passee	0.0552
        lex:ab janner	0.0551
        lex:kapazitaten	0.0551
        lex:nada mas	0.0551
        lex:voor en	0.0551
        lex:entregam	0.055
        lex:plan de	0.055
        lex:krijgen	0.0549
        lex:rdv	0.0549
        lex:dottoressa bravissima	0.0548
        lex:les mande	0.0548
        lex:nos cobraron	0.0548
        lex:rdv pour	0.0548
        lex:plus de	0.0547
        lex:wurden wir	0.0547
        lex:nome	0.0546
        lex:m interested	0.0545
        lex:at the	0.0544
        lex:order last	0.0543
        lex:proposta	0.0543
        lex:de travers	0.0542
        lex:plat	0.0542
        lex:t3	0.0542
        lex:t3 em	0.0542
        lex:travers	0.0542
        lex:niteroi	0.054
        lex:war super	0.054
        lex:em niteroi	0.0539
        lex:spanish	0.0539
        lex:unless someone	0.0539
        lex:encore de	0.0538
        lex:is good	0.0538
        lex:w	0.0538
        lex:creneau	0.0537
        lex:croissants	0.0537
        lex:registro	0.0537
        lex:reponse a	0.0537
        lex:toujours une	0.0537
        lex:un creneau	0.0537
        lex:une reponse	0.0537
        lex:kaum	0.0536
        lex:turned	0.0536
        lex:turned up	0.0536
        lex:una srl	0.0536
        lex:quanto viene	0.0534
        lex:a nome	0.0533
        lex:bitte fur	0.0533
        lex:cargador	0.0533
        lex:isch	0.0533
        lex:mande dm	0.0533
        lex:nome esposito	0.0533
        lex:panels	0.0533
        lex:gutschein	0.0531
        lex:om een	0.0531
        lex:sohn ist	0.0531
        lex:btw	0.053
        lex:can do	0.053
        lex:dauert	0.0529
        lex:entrare	0.0529
        lex:anniv	0.0528
        lex:che cuanto	0.0528
        lex:problem	0.0528
        lex:altra parte	0.0527
        lex:fini	0.0527
        lex:grandes	0.0527
        lex:ik niet	0.0527
        lex:je prends	0.0527
        lex:prends	0.0527
        lex:medium	0.0526
        lex:de dakkapel	0.0525
        lex:ho mandato	0.0525
        lex:bijles	0.0524
        lex:diese	0.0524
        lex:tengo una	0.0524
        lex:a peu	0.0523
        lex:duda	0.0523
        lex:peu pres	0.0523
        lex:noche	0.0522
        lex:you for	0.0522
        lex:but it	0.0521
        lex:fait pour	0.0521
        lex:chale	0.052
        lex:husband	0.052
        lex:my husband	0.052
        lex:no reveillon	0.052
        lex:star	0.052
        lex:bel me	0.0519
        lex:design	0.0519
        lex:anual	0.0518
        lex:espalda	0.0518
        lex:kast	0.0518
        lex:la espalda	0.0518
        lex:someone for	0.0518
        lex:un samedi	0.0518
        lex:hen	0.0517
        lex:hen do	0.0517
        lex:jullie net	0.0517
        lex:wir gern	0.0517
        lex:altrimenti	0.0516
        lex:lot of	0.0516
        lex:replying	0.0516
        lex:disdico	0.0515
        lex:mes y	0.0515
        lex:profesionales con	0.0515
        lex:back on	0.0514
        lex:on commande	0.0514
        lex:una a	0.0514
        lex:va ancora	0.0514
        lex:almada	0.0513
        lex:cafe in	0.0513
        lex:in via	0.0513
        lex:tel	0.0513
        lex:vale la	0.0513
        lex:gekregen	0.0511
        lex:luzes	0.0511
        lex:anniversary	0.051
        lex:con vosotros	0.051
        lex:stuff	0.051
        lex:for swapping	0.0509
        lex:swapping	0.0509
        lex:swapping a	0.0509
        lex:holiday in	0.0508
        lex:ik verder	0.0508
        lex:something like	0.0508
        lex:to your	0.0508
        lex:i d	0.0507
        lex:plateau	0.0507
        lex:ritiro	0.0507
        lex:anbieter	0.0506
        lex:hatte	0.0506
        lex:our anniversary	0.0506
        lex:con las	0.0504
        lex:ende mai	0.0504
        lex:me cobran	0.0504
        lex:second pic	0.0504
        lex:a lyon	0.0503
        lex:campinas	0.0503
        lex:em campinas	0.0503
        lex:gostei	0.0503
        lex:our cockapoo	0.0503
        lex:my flat	0.0502
        lex:open on	0.0502
        lex:war leider	0.0502
        lex:it or	0.0501
        lex:the date	0.0501
        lex:avis	0.05
        lex:colis recu	0.05
        lex:donc si	0.05
        lex:francs	0.05
        lex:mon avis	0.05
        lex:the family	0.05
        lex:mandato un	0.0499
        lex:messaggio	0.0499
        lex:un messaggio	0.0499
        lex:a internet	0.0498
        lex:cai todo	0.0498
        lex:in rotterdam	0.0498
        lex:internet cai	0.0498
        lex:l impianto	0.0498
        lex:un devis	0.0498
        lex:vivo e	0.0498
        lex:cordoba	0.0497
        lex:gastro	0.0497
        lex:jake	0.0497
        lex:ordinare	0.0497
        lex:kartons	0.0496
        lex:omruilen	0.0496
        lex:seit wochen	0.0496
        lex:terugbetaling	0.0496
        lex:wanted	0.0496
        lex:wil m	0.0496
        lex:to find	0.0495
        lex:durou	0.0494
        lex:fix it	0.0494
        lex:weddings	0.0494
        lex:these guys	0.0493
        lex:they all	0.0493
        lex:chiquito en	0.0492
        lex:devis	0.0492
        lex:fatto il	0.0492
        lex:adresse	0.0491
        lex:and got	0.0491
        lex:ayer	0.0491
        lex:pagar	0.0491
        lex:since tuesday	0.0491
        lex:ieri ma	0.049
        lex:ik overstap	0.049
        lex:overstap	0.049
        lex:que o	0.049
        lex:sanne	0.049
        lex:acqua calda	0.0488
        lex:calda	0.0488
        lex:l acqua	0.0488
        lex:lock in	0.0488
        lex:ancora in	0.0487
        lex:desde ontem	0.0487
        lex:eind	0.0487
        lex:oggi pomeriggio	0.0487
        lex:pero necesito	0.0487
        lex:schickt	0.0487
        lex:terrace	0.0487
        lex:vez	0.0487
        lex:harris	0.0486
        lex:marcar	0.0486
        lex:tornare	0.0486
        lex:vengan	0.0486
        lex:vengan a	0.0486
        lex:communion	0.0485
        lex:seats	0.0485
        lex:woensdagmiddag	0.0485
        lex:en septembre	0.0484
        lex:book in	0.0483
        lex:huidige	0.0483
        lex:redes para	0.0483
        lex:a padova	0.0482
        lex:lentes de	0.0482
        lex:verkeerde	0.0481
        lex:l anno	0.048
        lex:euch bitte	0.0479
        lex:la rodilla	0.0479
        lex:rodilla	0.0479
        lex:maart af	0.0478
        lex:nights	0.0478
        lex:ballotin	0.0477
        lex:cotswolds	0.0477
        lex:de ma	0.0477
        lex:ihn gern	0.0477
        lex:laat	0.0477
        lex:qual o	0.0477
        lex:the cotswolds	0.0477
        lex:a dm	0.0476
        lex:m noch	0.0476
        lex:omdat	0.0476
        lex:omdat de	0.0476
        lex:pazienti	0.0476
        lex:faco o	0.0475
        lex:faco pra	0.0474
        lex:ordina	0.0474
        lex:si ordina	0.0474
        lex:weeks ago	0.0474
        lex:chance of	0.0473
        lex:platze	0.0473
        lex:update	0.0473
        lex:physio	0.0472
        lex:pra fazer	0.0472
        lex:chitarra	0.0471
        lex:liefst woensdagmiddag	0.047
        lex:un plateau	0.047
        lex:je precommande	0.0469
        lex:lenta	0.0469
        lex:msg	0.0469
        lex:precommande le	0.0469
        lex:primera	0.0469
        lex:remboursez	0.0469
        lex:sei	0.0469
        lex:on avait	0.0468
        lex:plek voor	0.0468
        lex:to look	0.0468
        lex:where the	0.0468
        lex:asap	0.0467
        lex:el cumple	0.0467
        lex:pro carnaval	0.0467
        lex:een dm	0.0466
        lex:lyon	0.0466
        lex:precio del	0.0465
        lex:there a	0.0465
        lex:aime	0.0464
        lex:aime bien	0.0464
        lex:bien vos	0.0464
        lex:do your	0.0464
        lex:j aime	0.0464
        lex:tienda	0.0464
        lex:muito	0.0463
        lex:noch platz	0.0463
        lex:nunca chegou	0.0463
        lex:prochaine	0.0463
        lex:semaine prochaine	0.0463
        lex:teachers	0.0463
        lex:herr	0.0462
        lex:mezzo	0.0462
        lex:soin visage	0.0462
        lex:visage	0.0462
        lex:m gone	0.0461
        lex:waiting since	0.0461
        lex:faro	0.046
        lex:plano anual	0.046
        lex:slate	0.046
        lex:platz fur	0.0459
        lex:poele	0.0459
        lex:tes	0.0459
        lex:domicilio	0.0458
        lex:perde	0.0458
        lex:reprendre	0.0458
        lex:soin	0.0458
        lex:vagas	0.0458
        lex:on trouve	0.0457
        lex:personne ne	0.0457
        lex:pour tes	0.0457
        lex:trouve une	0.0457
        lex:une solution	0.0457
        lex:a ordinare	0.0456
        lex:ainda tem	0.0456
        lex:en guadalajara	0.0456
        lex:figlia di	0.0456
        lex:stack	0.0456
        lex:book the	0.0455
        lex:inplannen	0.0455
        lex:new clients	0.0455
        lex:septembre	0.0454
        lex:si puo	0.0454
        lex:verder	0.0454
        lex:dit jaar	0.0453
        lex:eind dit	0.0453
        lex:keine antwort	0.0453
        lex:reservar o	0.0453
        lex:te laat	0.0453
        lex:thema	0.0453
        lex:voglio che	0.0453
        lex:after the	0.0451
        lex:cita	0.0451
        lex:email me	0.0451
        lex:feb	0.0451
        lex:hoping	0.0451
        lex:hoping to	0.0451
        lex:vive	0.0451
        lex:apparaten	0.045
        lex:depto de	0.045
        lex:el depto	0.045
        lex:lotada	0.045
        lex:love to	0.045
        lex:reagiert	0.045
        lex:sur votre	0.045
        lex:medewerkers	0.0448
        lex:on sat	0.0448
        lex:anna	0.0446
        lex:geschrieben wegen	0.0446
        lex:ancora niente	0.0444
        lex:euch der	0.0444
        lex:tenemos	0.0444
        lex:would happily	0.0444
        lex:estou em	0.0443
        lex:mensalidade do	0.0443
        lex:op het	0.0443
        lex:contratar para	0.0442
        lex:depto	0.0442
        lex:to check	0.0442
        lex:shower	0.0441
        lex:the shower	0.0441
        lex:chond	0.044
        lex:gratis este	0.044
        lex:lo reservamos	0.044
        lex:mi bitte	0.044
        lex:teneis matricula	0.044
        lex:duas semanas	0.0439
        lex:em almada	0.0439
        lex:escribo	0.0439
        lex:famille	0.0439
        lex:moet ik	0.0439
        lex:nights from	0.0439
        lex:of moet	0.0439
        lex:vase	0.0439
        lex:gestionale	0.0438
        lex:in due	0.0438
        lex:want the	0.0438
        lex:pao de	0.0437
        lex:supply	0.0437
        lex:altijd tevreden	0.0436
        lex:holen wir	0.0436
        lex:mais ou	0.0436
        lex:ou menos	0.0436
        lex:voor een	0.0436
        lex:wochen	0.0435
        lex:a trim	0.0434
        lex:ca pour	0.0434
        lex:geweest	0.0434
        lex:pra reservar	0.0434
        lex:prend ca	0.0434
        lex:seminaire	0.0434
        lex:vosotros	0.0434
        lex:am besten	0.0433
        lex:coffret	0.0432
        lex:iets weten	0.0432
        lex:le coffret	0.0432
        lex:retorno	0.0432
        lex:sofort	0.0432
        lex:up the	0.0432
        lex:y color	0.0431
        lex:di chitarra	0.043
        lex:prenoto	0.043
        lex:oak	0.0429
        lex:view	0.0429
        lex:con ustedes	0.0428
        lex:proefles inplannen	0.0428
        lex:school	0.0428
        lex:versand	0.0428
        lex:versand nach	0.0428
        lex:eletricos	0.0427
        lex:quadros	0.0427
        lex:quadros eletricos	0.0427
        lex:eye	0.0426
        lex:eye test	0.0426
        lex:mag iemand	0.0426
        lex:third outage	0.0426
        lex:een deel	0.0425
        lex:finestre in	0.0425
        lex:in pvc	0.0425
        lex:pvc	0.0425
        lex:sair	0.0425
        lex:bouwbedrijf	0.0424
        lex:bouwbedrijf met	0.0424
        lex:di sabato	0.0424
        lex:een bouwbedrijf	0.0424
        lex:fornecedor atual	0.0424
        lex:nosso contrato	0.0424
        lex:o fornecedor	0.0424
        lex:the saturday	0.0424
        lex:looking to	0.0423
        lex:party is	0.0423
        lex:q1	0.0423
        lex:traer	0.0423
        lex:con los	0.0422
        lex:de novembro	0.0422
        lex:feriado de	0.0422
        lex:novembro	0.0422
        lex:un mail	0.0422
        lex:weitermachen	0.0422
        lex:clutch	0.0421
        lex:envoyez le	0.0421
        lex:les vacances	0.0421
        lex:mandei msg	0.0421
        lex:msg no	0.0421
        lex:the clutch	0.0421
        lex:zap sobre	0.0421
        lex:em matosinhos	0.042
        lex:extra	0.042
        lex:fa a	0.042
        lex:matosinhos	0.042
        lex:aimerais qu	0.0419
        lex:la grande	0.0419
        lex:leveren	0.0419
        lex:mail pour	0.0419
        lex:moi un	0.0419
        lex:segnami	0.0419
        lex:segnami per	0.0419
        lex:eines	0.0417
        lex:fed up	0.0417
        lex:hear	0.0417
        lex:necesitamos	0.0417
        lex:to hear	0.0417
        lex:wegen eines	0.0417
        lex:aangekomen	0.0416
        lex:excel	0.0416
        lex:kwh	0.0416
        lex:liberi	0.0416
        lex:als die	0.0415
        lex:en zoeken	0.0415
        lex:los dias	0.0415
        lex:mij contacteren	0.0415
        lex:sotto	0.0415
        lex:warmtepomp	0.0415
        lex:chalet	0.0414
        lex:gestuurd ivm	0.0414
        lex:interesse em	0.0414
        lex:ist	0.0414
        lex:me por	0.0414
        lex:proefles	0.0414
        lex:volgende week	0.0414
        lex:you hold	0.0414
        lex:avait	0.0413
        lex:todos los	0.0413
        lex:up with	0.0413
        lex:besoin d	0.0412
        lex:carro	0.0412
        lex:listen	0.0412
        lex:moeten	0.0412
        lex:redes	0.0412
        lex:rugklachten	0.0412
        lex:saas	0.0412
        lex:wie geht	0.0412
        lex:wil er	0.0412
        lex:yes pls	0.0412
        lex:boxing	0.0411
        lex:boxing day	0.0411
        lex:iets	0.0411
        lex:meter	0.0411
        lex:online bestellen	0.0411
        lex:vorige keer	0.0411
        lex:chiusi	0.041
        lex:helemaal	0.041
        lex:luz en	0.041
        lex:me estoy	0.041
        lex:rappelez moi	0.041
        lex:wil een	0.041
        lex:you sort	0.041
        lex:el basic	0.0409
        lex:el paquete	0.0409
        lex:paquete	0.0409
        lex:vanavond	0.0409
        lex:are best	0.0408
        lex:comptable	0.0408
        lex:curso de	0.0408
        lex:devis pour	0.0408
        lex:een partner	0.0408
        lex:from halden	0.0408
        lex:gern nen	0.0408
        lex:halden	0.0408
        lex:nen termin	0.0408
        lex:no curso	0.0408
        lex:prenoto io	0.0408
        lex:xmas	0.0408
        lex:emergency	0.0407
        lex:en het	0.0407
        lex:buurt	0.0406
        lex:da mensalidade	0.0406
        lex:de buurt	0.0406
        lex:la web	0.0406
        lex:betaal	0.0405
        lex:bitte endlich	0.0405
        lex:fur strahnchen	0.0405
        lex:sie sich	0.0405
        lex:familia	0.0404
        lex:pra familia	0.0404
        lex:del faro	0.0403
        lex:rappelez	0.0403
        lex:a catania	0.0402
        lex:am liebschte	0.0402
        lex:bloquer la	0.0402
        lex:catania	0.0402
        lex:di marta	0.0402
        lex:en termin	0.0402
        lex:frames	0.0402
        lex:liebschte	0.0402
        lex:liebschte am	0.0402
        lex:salle pour	0.0402
        lex:tamanho	0.0402
        lex:fazem	0.0401
        lex:fecho	0.0401
        lex:in april	0.0401
        lex:mesa	0.0401
        lex:reste client	0.0401
        lex:ao fim	0.04
        lex:ferme	0.04
        lex:hacer la	0.04
        lex:manchester	0.04
        long-text	0.0293
        clause-negator	0
        friend-tag	0
        negator	0
        lex:in sept	-0.04
        lex:une agence	-0.04
        lex:war s	-0.04
        lex:certo	-0.0401
        lex:se ven	-0.0401
        lex:ven	-0.0401
        lex:echange	-0.0402
        lex:goe	-0.0402
        lex:mano	-0.0402
        lex:remboursement est	-0.0402
        lex:average	-0.0403
        lex:der beste	-0.0403
        lex:lo consiglio	-0.0403
        lex:room was	-0.0403
        lex:thor	-0.0403
        lex:unico	-0.0403
        lex:blij mee	-0.0404
        lex:com uma	-0.0404
        lex:e mail	-0.0404
        lex:horen	-0.0404
        lex:cinco	-0.0405
        lex:explica	-0.0405
        lex:explica todo	-0.0405
        lex:ik ook	-0.0405
        lex:tiede	-0.0405
        lex:were going	-0.0405
        lex:con otra	-0.0406
        lex:married	-0.0406
        lex:a nightmare	-0.0407
        lex:ganhar	-0.0407
        lex:maar de	-0.0407
        lex:nightmare	-0.0407
        lex:queijo	-0.0407
        lex:tutta	-0.0407
        lex:agree	-0.0408
        lex:dudarlo	-0.0408
        lex:envio rapido	-0.0408
        lex:hablar	-0.0408
        lex:just saying	-0.0408
        lex:puedo hablar	-0.0408
        lex:sin dudarlo	-0.0408
        lex:webshop	-0.0408
        lex:auf der	-0.0409
        lex:with priya	-0.0409
        lex:y me	-0.0409
        lex:boa tarde	-0.041
        lex:gaat	-0.041
        lex:jahrigen jubilaum	-0.041
        lex:jubilaum	-0.041
        lex:music	-0.041
        lex:gekauft	-0.0411
        lex:je mets	-0.0411
        lex:mets	-0.0411
        lex:rendue	-0.0411
        lex:tattoo	-0.0411
        lex:doen we	-0.0412
        lex:fur ein	-0.0412
        lex:kaution	-0.0412
        lex:kwam	-0.0412
        lex:verkauft	-0.0412
        lex:viagem	-0.0412
        lex:avec les	-0.0413
        lex:comptabilite	-0.0413
        lex:consiglio	-0.0413
        lex:en comptabilite	-0.0413
        lex:jammer dat	-0.0413
        lex:jardim	-0.0413
        lex:peu cher	-0.0413
        lex:eh nicht	-0.0414
        lex:fraco	-0.0414
        lex:fuori	-0.0414
        lex:leistung	-0.0414
        lex:ma vie	-0.0414
        lex:preis leistung	-0.0414
        lex:sofa cama	-0.0414
        lex:bacalhau	-0.0415
        lex:christmas	-0.0415
        lex:pate	-0.0415
        lex:stunde	-0.0415
        lex:fils a	-0.0416
        lex:gar	-0.0416
        lex:ve lo	-0.0416
        lex:a eu	-0.0417
        lex:bac	-0.0417
        lex:a maggio	-0.0418
        lex:club de	-0.0418
        lex:dire	-0.0418
        lex:quartier	-0.0418
        lex:und bieten	-0.0418
        lex:verfugbar	-0.0418
        lex:zit	-0.0418
        lex:la boutique	-0.0419
        lex:semaine de	-0.0419
        lex:brava	-0.042
        lex:came back	-0.042
        lex:estou a	-0.042
        lex:ibamos	-0.042
        lex:ibamos a	-0.042
        lex:thomas	-0.042
        lex:en trop	-0.0421
        lex:pao	-0.0421
        lex:really	-0.0421
        lex:series	-0.0421
        lex:series a	-0.0421
        lex:the series	-0.0421
        lex:y todavia	-0.0421
        lex:fake	-0.0422
        lex:ontbijt	-0.0422
        lex:para un	-0.0422
        lex:peony	-0.0422
        lex:we help	-0.0422
        lex:bravi	-0.0423
        lex:gente que	-0.0423
        lex:jetzt passt	-0.0423
        lex:passe chez	-0.0423
        lex:accounts	-0.0424
        lex:aussi	-0.0424
        lex:claim	-0.0424
        lex:estoy con	-0.0424
        lex:moro	-0.0424
        lex:moro em	-0.0424
        lex:volgend jaar	-0.0424
        lex:bolo que	-0.0425
        lex:geleverd en	-0.0425
        lex:los mejores	-0.0425
        lex:slap	-0.0425
        lex:waited	-0.0425
        lex:sem duvida	-0.0426
        lex:book for	-0.0427
        lex:cher mais	-0.0427
        lex:igualita	-0.0427
        lex:igualita a	-0.0427
        lex:torta de	-0.0427
        lex:uni	-0.0427
        lex:a caterer	-0.0428
        lex:spa	-0.0428
        lex:che ho	-0.0429
        lex:civil	-0.0429
        lex:for free	-0.0429
        lex:gentile	-0.0429
        lex:paciente	-0.0429
        lex:sich das	-0.0429
        lex:een voorstel	-0.043
        lex:por aqui	-0.043
        lex:que lindo	-0.043
        lex:voorstel	-0.043
        lex:voorstel sturen	-0.043
        lex:halen	-0.0431
        lex:in ritardo	-0.0431
        lex:is rare	-0.0431
        lex:quote	-0.0431
        lex:snel geleverd	-0.0431
        lex:tutti i	-0.0431
        lex:verpakt	-0.0431
        lex:commanderai	-0.0432
        lex:commanderai plus	-0.0432
        lex:front desk	-0.0432
        lex:ne commanderai	-0.0432
        lex:pricing	-0.0432
        lex:regarde	-0.0432
        lex:accord avec	-0.0433
        lex:pero estoy	-0.0433
        lex:interesting post	-0.0434
        lex:o hamburguer	-0.0434
        lex:wie heeft	-0.0434
        lex:bij mijn	-0.0435
        lex:inzwischen	-0.0435
        lex:kommen sicher	-0.0435
        lex:not booking	-0.0435
        lex:overpriced	-0.0435
        lex:spettacolo	-0.0435
        lex:veri	-0.0435
        lex:cut	-0.0436
        lex:eens met	-0.0436
        lex:que vc	-0.0436
        lex:guck	-0.0437
        lex:guck mal	-0.0437
        lex:me di	-0.0437
        lex:but we	-0.0438
        lex:dobbiamo	-0.0438
        lex:franco	-0.0438
        lex:geduld	-0.0438
        lex:marathon	-0.0438
        lex:para el	-0.0438
        lex:reicht s	-0.0439
        lex:tray	-0.044
        lex:whole tray	-0.044
        lex:anrufe	-0.0441
        lex:finiti	-0.0441
        lex:keine anrufe	-0.0441
        lex:spent	-0.0441
        lex:entera	-0.0442
        lex:wagen	-0.0442
        lex:avoid avoid	-0.0443
        lex:zijn die	-0.0443
        lex:zufrieden	-0.0443
        lex:bedienung	-0.0444
        lex:crepe	-0.0444
        lex:la region	-0.0444
        lex:nos encantaria	-0.0444
        lex:you can	-0.0444
        lex:heb opgezegd	-0.0445
        lex:lads	-0.0445
        lex:ob der	-0.0445
        lex:pastor	-0.0445
        lex:am sonntag	-0.0446
        lex:from start	-0.0446
        lex:laburo	-0.0446
        lex:non ha	-0.0446
        lex:slot	-0.0446
        lex:start to	-0.0446
        lex:to finish	-0.0446
        lex:a contratar	-0.0447
        lex:al equipo	-0.0447
        lex:comprei o	-0.0447
        lex:felicitaciones	-0.0447
        lex:felicitaciones al	-0.0447
        lex:malade	-0.0447
        lex:ad agosto	-0.0448
        lex:alweer	-0.0448
        lex:caiu o	-0.0448
        lex:great value	-0.0448
        lex:la zona	-0.0448
        lex:the area	-0.0448
        lex:value	-0.0448
        lex:already bought	-0.0449
        lex:buenisimos	-0.0449
        lex:sarah and	-0.0449
        lex:als kind	-0.045
        lex:direkt	-0.045
        lex:forniamo	-0.045
        lex:gasten	-0.045
        lex:jemanden fur	-0.045
        lex:recreate	-0.045
        lex:recreate it	-0.045
        lex:to recreate	-0.045
        lex:trying	-0.045
        lex:trying to	-0.045
        lex:ya compre	-0.045
        lex:cortado	-0.0451
        lex:jajaja el	-0.0451
        lex:made	-0.0451
        lex:oven	-0.0451
        lex:the oven	-0.0451
        lex:jubileum	-0.0452
        lex:ki	-0.0452
        lex:seguro del	-0.0452
        lex:taglio	-0.0452
        lex:vandaan	-0.0452
        lex:we were	-0.0452
        lex:erfahrung	-0.0453
        lex:help	-0.0453
        lex:out to	-0.0453
        lex:pleite	-0.0454
        lex:resposta	-0.0454
        lex:bologna e	-0.0455
        lex:cancelei e	-0.0455
        lex:caterer	-0.0455
        lex:dr morel	-0.0455
        lex:ich wieder	-0.0455
        lex:morel	-0.0455
        lex:wieder machen	-0.0455
        lex:fantastico	-0.0456
        lex:sharing	-0.0456
        lex:mach	-0.0457
        lex:melhores	-0.0457
        lex:bij	-0.0458
        lex:caravan	-0.0458
        lex:listino	-0.0458
        lex:nessuna	-0.0458
        lex:prufung	-0.0458
        lex:suis passe	-0.0458
        lex:pricey for	-0.0459
        lex:giesing	-0.046
        lex:envoyer	-0.0462
        lex:km e	-0.0462
        lex:lado	-0.0462
        lex:service weer	-0.0462
        lex:truck	-0.0462
        lex:mais bon	-0.0463
        lex:vermitteln	-0.0463
        lex:wir vermitteln	-0.0463
        lex:best decision	-0.0464
        lex:decision	-0.0464
        lex:gehort	-0.0464
        lex:mein	-0.0464
        lex:al	-0.0465
        lex:outro	-0.0465
        lex:party	-0.0465
        lex:c	-0.0466
        lex:final lo	-0.0466
        lex:il servizio	-0.0466
        lex:molto	-0.0466
        lex:rappresento	-0.0466
        lex:rappresento una	-0.0466
        lex:saiu	-0.0466
        lex:dank jullie	-0.0467
        lex:exame de	-0.0467
        lex:jullie wel	-0.0467
        lex:may	-0.0467
        lex:s fine	-0.0467
        lex:time and	-0.0467
        lex:our kitchen	-0.0468
        lex:vetrina	-0.0468
        lex:wurden	-0.0468
        lex:bemol	-0.0469
        lex:bijna	-0.0469
        lex:can start	-0.0469
        lex:comprerei un	-0.0469
        lex:de nata	-0.0469
        lex:uguale	-0.0469
        lex:bestanden	-0.047
        lex:cambio	-0.047
        lex:che bel	-0.047
        lex:dad s	-0.047
        lex:reifenwechsel	-0.047
        lex:ay	-0.0471
        lex:ay que	-0.0471
        lex:ihre	-0.0471
        lex:joana	-0.0471
        lex:equipe au	-0.0472
        lex:nah	-0.0472
        lex:promote	-0.0473
        lex:a adore	-0.0474
        lex:a lecce	-0.0474
        lex:share	-0.0474
        lex:veces	-0.0474
        lex:devolvieron el	-0.0475
        lex:encontramos	-0.0475
        lex:fermiez	-0.0475
        lex:meio	-0.0475
        lex:puedo pasar	-0.0475
        lex:voces usam	-0.0475
        lex:vous fermiez	-0.0475
        lex:endroit	-0.0476
        lex:i fiori	-0.0476
        lex:sejour	-0.0476
        lex:bellissimo	-0.0477
        lex:kinder	-0.0477
        lex:over from	-0.0477
        lex:appointment	-0.0478
        lex:froid	-0.0478
        lex:my appointment	-0.0478
        lex:past my	-0.0478
        lex:reclamacao	-0.0478
        lex:mal wieder	-0.0479
        lex:meglio	-0.0479
        lex:au printemps	-0.048
        lex:aux	-0.048
        lex:jetziger	-0.048
        lex:oggi	-0.048
        lex:printemps	-0.048
        lex:semana pasada	-0.048
        lex:you but	-0.048
        lex:encore a	-0.0481
        lex:for what	-0.0481
        lex:manutencao	-0.0481
        lex:meh	-0.0481
        lex:my bank	-0.0481
        lex:buren	-0.0482
        lex:che sorpresa	-0.0482
        lex:de buren	-0.0482
        lex:personal	-0.0482
        lex:cambie a	-0.0483
        lex:desk	-0.0483
        lex:vibes	-0.0483
        lex:was at	-0.0483
        lex:ago and	-0.0484
        lex:dejo mi	-0.0484
        lex:le geste	-0.0484
        lex:mi cv	-0.0484
        lex:os dejo	-0.0484
        lex:pequeno almoco	-0.0485
        lex:il listino	-0.0486
        lex:numa	-0.0486
        lex:somos una	-0.0486
        lex:embalado	-0.0487
        lex:entra	-0.0487
        lex:ik deze	-0.0487
        lex:juste par	-0.0487
        lex:par curiosite	-0.0487
        lex:edition	-0.0488
        lex:fue	-0.0488
        lex:nem	-0.0488
        lex:scorso	-0.0488
        lex:stopt	-0.0488
        lex:die prijsverhoging	-0.0489
        lex:dem foto	-0.049
        lex:on reviendra	-0.049
        lex:posso mandare	-0.049
        lex:y etait	-0.049
        lex:you to	-0.049
        lex:de julio	-0.0491
        lex:knieoperatie	-0.0491
        lex:la difference	-0.0491
        lex:mijn knieoperatie	-0.0491
        lex:na mijn	-0.0491
        lex:valeu cada	-0.0491
        lex:coisa	-0.0492
        lex:thanks to	-0.0492
        lex:and looking	-0.0493
        lex:horeca	-0.0493
        lex:konnten	-0.0493
        lex:anda	-0.0494
        lex:flying	-0.0494
        lex:flying with	-0.0494
        lex:near	-0.0494
        lex:never flying	-0.0494
        lex:que el	-0.0494
        lex:qui s	-0.0494
        lex:compraria de	-0.0495
        lex:compris	-0.0495
        lex:grusse vom	-0.0496
        lex:how is	-0.0496
        lex:mayor	-0.0496
        lex:e un	-0.0497
        lex:l abbiamo	-0.0497
        lex:media	-0.0497
        lex:teuer geworden	-0.0497
        lex:een dakkapel	-0.0498
        lex:hol sie	-0.0498
        lex:passei no	-0.0498
        lex:sabado en	-0.0498
        lex:ahora si	-0.0499
        lex:with no	-0.0499
        lex:anos y	-0.05
        lex:tochter	-0.05
        lex:coffee	-0.0501
        lex:genre	-0.0501
        lex:op voorraad	-0.0501
        lex:voorraad	-0.0501
        lex:avocat	-0.0502
        lex:frio	-0.0502
        lex:the chef	-0.0502
        lex:are	-0.0503
        lex:el seguro	-0.0503
        lex:lo lleve	-0.0503
        lex:so no	-0.0503
        lex:stunden	-0.0503
        lex:bieten	-0.0504
        lex:franchement rien	-0.0504
        lex:gegeten	-0.0504
        lex:had the	-0.0504
        lex:loud	-0.0504
        lex:the before	-0.0504
        lex:the refund	-0.0504
        lex:acai	-0.0505
        lex:heel	-0.0505
        lex:otro lado	-0.0505
        lex:photographer	-0.0505
        lex:pure	-0.0505
        lex:razoavel	-0.0505
        lex:aangifte	-0.0506
        lex:estan buscando	-0.0506
        lex:lol the	-0.0506
        lex:shed	-0.0506
        lex:jahrigen	-0.0507
        lex:jederzeit	-0.0507
        lex:jederzeit wieder	-0.0507
        lex:leads	-0.0507
        lex:m acca	-0.0507
        lex:peu froide	-0.0507
        lex:qualified and	-0.0507
        lex:supplier	-0.0507
        lex:usi	-0.0507
        lex:community	-0.0508
        lex:ding	-0.0508
        lex:otimo	-0.0508
        lex:ich noch	-0.0509
        lex:nonna	-0.0509
        lex:passed first	-0.0509
        lex:rico pero	-0.0509
        lex:tidy	-0.0509
        lex:experiencia en	-0.051
        lex:sur mon	-0.051
        lex:k o	-0.0511
        lex:olha isso	-0.0511
        lex:wel een	-0.0511
        lex:impeccable	-0.0512
        lex:ah ecco	-0.0513
        lex:snel	-0.0513
        lex:coach	-0.0514
        lex:hand	-0.0514
        lex:de dolor	-0.0515
        lex:jamais les	-0.0515
        lex:la pista	-0.0515
        lex:les pieds	-0.0515
        lex:phishing	-0.0515
        lex:pieds	-0.0515
        lex:remettrai	-0.0515
        lex:remettrai jamais	-0.0515
        lex:complimenti per	-0.0516
        lex:un ano	-0.0516
        lex:articulo	-0.0517
        lex:tools	-0.0517
        lex:custa	-0.0518
        lex:devs	-0.0518
        lex:cosi cosi	-0.0519
        lex:e preciso	-0.0519
        lex:en orden	-0.0519
        lex:grazie per	-0.0519
        lex:leiwand	-0.0519
        lex:tree	-0.0519
        lex:war letzten	-0.0519
        lex:cambiamos	-0.052
        lex:esposito	-0.052
        lex:fine now	-0.052
        lex:in foto	-0.052
        lex:nos cambiamos	-0.052
        lex:contact me	-0.0521
        lex:lixo de	-0.0521
        lex:strong	-0.0521
        lex:bel posto	-0.0522
        lex:fenster	-0.0522
        lex:filiale	-0.0522
        lex:filiale in	-0.0522
        lex:ho preso	-0.0522
        lex:spotless	-0.0522
        lex:da urlo	-0.0523
        lex:exito	-0.0523
        lex:gato	-0.0523
        lex:le reseau	-0.0523
        lex:reseau	-0.0523
        lex:sieht mega	-0.0523
        lex:un exito	-0.0523
        lex:urlo	-0.0523
        lex:again if	-0.0524
        lex:carro a	-0.0524
        lex:shout	-0.0524
        lex:shout out	-0.0524
        lex:installer	-0.0525
        lex:lieg	-0.0525
        lex:por el	-0.0525
        lex:derniere	-0.0526
        lex:geil	-0.0526
        lex:igualito	-0.0526
        lex:pulito	-0.0526
        lex:pulito e	-0.0526
        lex:sorted now	-0.0526
        lex:best fade	-0.0527
        lex:first time	-0.0527
        lex:fue un	-0.0527
        lex:hulp	-0.0527
        lex:wer hat	-0.0528
        lex:hanno fatto	-0.0529
        lex:amei o	-0.053
        lex:liefern	-0.053
        lex:a liege	-0.0531
        lex:is verholpen	-0.0531
        lex:lo iba	-0.0531
        lex:mejores	-0.0531
        lex:verholpen	-0.0531
        lex:curiosidade mesmo	-0.0532
        lex:pero el	-0.0532
        lex:reviendra	-0.0532
        lex:yrs experience	-0.0532
        lex:duur	-0.0533
        lex:er	-0.0533
        lex:std	-0.0533
        lex:du nach	-0.0534
        lex:la misma	-0.0534
        lex:misma	-0.0534
        lex:pf	-0.0534
        lex:air	-0.0535
        lex:air trop	-0.0535
        lex:as a	-0.0535
        lex:ca a	-0.0535
        lex:chef s	-0.0535
        lex:every time	-0.0535
        lex:kiss	-0.0535
        lex:l air	-0.0535
        lex:luigi	-0.0535
        lex:mais les	-0.0535
        lex:s kiss	-0.0535
        lex:trop bon	-0.0535
        lex:de primeira	-0.0536
        lex:francesinha	-0.0536
        lex:lote	-0.0536
        lex:but my	-0.0537
        lex:das foto	-0.0537
        lex:doce	-0.0537
        lex:it at	-0.0537
        lex:sigan	-0.0537
        lex:e puntuali	-0.0538
        lex:in bio	-0.0538
        lex:mio	-0.0538
        lex:presa al	-0.0538
        lex:con precios	-0.0539
        lex:madrid	-0.0539
        lex:mi prima	-0.0539
        lex:obtenu	-0.0539
        lex:para una	-0.0539
        lex:permis obtenu	-0.0539
        lex:una margherita	-0.054
        lex:perfecto	-0.0541
        lex:chez eux	-0.0543
        lex:de fou	-0.0543
        lex:dolor	-0.0543
        lex:du mois	-0.0543
        lex:eux	-0.0543
        lex:fin du	-0.0543
        lex:hermoso	-0.0543
        lex:onderweg	-0.0543
        lex:se fosse	-0.0543
        lex:arrasou	-0.0544
        lex:chi ha	-0.0544
        lex:me just	-0.0544
        lex:reels	-0.0544
        lex:zwei	-0.0544
        lex:pagaria	-0.0545
        lex:putz	-0.0545
        lex:sue	-0.0545
        lex:passado e	-0.0546
        lex:ai porte	-0.0547
        lex:collab	-0.0547
        lex:lost my	-0.0547
        lex:patente presa	-0.0547
        lex:porte plainte	-0.0547
        lex:foto s	-0.0548
        lex:memes	-0.0548
        lex:termine	-0.0548
        lex:bail	-0.0549
        lex:naar een	-0.055
        lex:partnership	-0.055
        lex:aperti	-0.0551
        lex:entschuldigung	-0.0551
        lex:entschuldigung mehr	-0.0551
        lex:fait d	-0.0551
        lex:keine entschuldigung	-0.0551
        lex:sarah	-0.0551
        lex:schoon	-0.0551
        lex:le meilleur	-0.0552
        lex:opgezegd	-0.0552
        lex:driver	-0.0553
        lex:nossa que	-0.0553
        lex:prochain	-0.0553
        lex:react	-0.0554
        lex:torniamo	-0.0554
        lex:y sigue	-0.0554
        lex:aanrader	-0.0555
        lex:i was	-0.0555
        lex:never again	-0.0555
        lex:quand au	-0.0555
        lex:a quick	-0.0556
        lex:der oma	-0.0556
        lex:dove	-0.0556
        lex:honnete	-0.0556
        lex:maar ze	-0.0556
        lex:tudo	-0.0556
        lex:a trainee	-0.0557
        lex:bestelling	-0.0557
        lex:desisti	-0.0557
        lex:kurze	-0.0557
        lex:me ne	-0.0557
        lex:the other	-0.0557
        lex:trainee	-0.0557
        lex:he	-0.0558
        lex:sommes une	-0.0558
        lex:did my	-0.0559
        lex:reichweite	-0.0559
        lex:else s	-0.056
        lex:periodo	-0.056
        lex:encantaria ser	-0.0561
        lex:hol	-0.0561
        lex:la deco	-0.0561
        lex:anche io	-0.0562
        lex:anwalt	-0.0563
        lex:proveedores	-0.0563
        lex:l ete	-0.0564
        lex:schon die	-0.0564
        lex:alguem ja	-0.0565
        lex:ambiance	-0.0565
        lex:bouquet	-0.0565
        lex:legend	-0.0565
        lex:lieferung kam	-0.0565
        lex:mr	-0.0565
        lex:sauber	-0.0565
        lex:del nostro	-0.0566
        lex:falar	-0.0566
        lex:mandare	-0.0566
        lex:decent	-0.0567
        lex:boek	-0.0568
        lex:ligar	-0.0568
        lex:noch nen	-0.0568
        lex:occhiali	-0.0568
        lex:quick delivery	-0.0568
        lex:auto	-0.0569
        lex:bist du	-0.0569
        lex:esta foto	-0.0569
        lex:klaar	-0.0569
        lex:merci a	-0.057
        lex:a equipa	-0.0571
        lex:estan	-0.0571
        lex:fertig	-0.0571
        lex:a discount	-0.0572
        lex:discount	-0.0572
        lex:fornecedores	-0.0572
        lex:gia trovato	-0.0572
        lex:tanto	-0.0572
        lex:trovato	-0.0572
        lex:un poco	-0.0572
        lex:every single	-0.0573
        lex:friseur	-0.0573
        lex:single one	-0.0573
        lex:a pris	-0.0574
        lex:dag later	-0.0574
        lex:dan afgesproken	-0.0574
        lex:e to	-0.0574
        lex:ja caiu	-0.0574
        lex:nachts	-0.0574
        lex:prenotato per	-0.0575
        lex:seu	-0.0575
        lex:stolen	-0.0575
        lex:ihr die	-0.0576
        lex:mandare il	-0.0576
        lex:namens	-0.0576
        lex:namens de	-0.0576
        lex:trovo	-0.0576
        lex:walked past	-0.0576
        lex:buena atencion	-0.0577
        lex:namur	-0.0577
        lex:quelle surprise	-0.0578
        lex:surprise	-0.0578
        lex:naja	-0.0579
        lex:acca	-0.058
        lex:acca part	-0.058
        lex:dat in	-0.058
        lex:euren	-0.058
        lex:look like	-0.058
        lex:part qualified	-0.058
        lex:via	-0.058
        lex:comprata	-0.0581
        lex:falls ihr	-0.0581
        lex:patient	-0.0581
        lex:bijzonders	-0.0582
        lex:moment	-0.0582
        lex:non voglio	-0.0582
        lex:open op	-0.0582
        lex:programa	-0.0582
        lex:told	-0.0582
        lex:iba a	-0.0583
        lex:il negozio	-0.0583
        lex:voyage	-0.0583
        lex:heat	-0.0584
        lex:packaging	-0.0584
        lex:peine de	-0.0584
        lex:marca	-0.0585
        lex:month for	-0.0585
        lex:sync	-0.0585
        lex:guter	-0.0586
        lex:guter beitrag	-0.0586
        lex:sehr guter	-0.0586
        lex:volle	-0.0586
        lex:volle zustimmung	-0.0586
        lex:zustimmung	-0.0586
        lex:attendu	-0.0587
        lex:delicia	-0.0587
        lex:eigen	-0.0587
        lex:intervention	-0.0587
        lex:libreria	-0.0587
        lex:noch verstarkung	-0.0587
        lex:verstarkung	-0.0587
        lex:a wahnsinn	-0.0588
        lex:erste	-0.0588
        lex:latino	-0.0588
        lex:procuro	-0.0588
        lex:azulejos	-0.0589
        lex:definitely use	-0.0589
        lex:geholt	-0.0589
        lex:nooit meer	-0.0589
        lex:on time	-0.0589
        lex:and team	-0.059
        lex:estagio	-0.059
        lex:motivo	-0.059
        lex:no se	-0.059
        lex:receptionist	-0.059
        lex:vero	-0.059
        lex:cambio gomme	-0.0591
        lex:el dj	-0.0591
        lex:gomme	-0.0591
        lex:lehrer	-0.0591
        lex:remember	-0.0591
        lex:found a	-0.0592
        lex:rivenditori	-0.0592
        lex:esta muito	-0.0593
        lex:ieri	-0.0593
        lex:night and	-0.0593
        lex:rasgou	-0.0593
        lex:rasgou no	-0.0593
        lex:spedizione	-0.0594
        lex:whole thing	-0.0594
        lex:done by	-0.0595
        lex:preventivo	-0.0595
        lex:yet	-0.0595
        lex:bella	-0.0596
        lex:belle	-0.0596
        lex:cette semaine	-0.0596
        lex:java	-0.0596
        lex:celular	-0.0597
        lex:charger	-0.0597
        lex:besoin de	-0.0598
        lex:nimmer	-0.0598
        lex:seul	-0.0598
        lex:ben al	-0.0599
        lex:ihn	-0.0599
        lex:mira	-0.06
        lex:produit	-0.06
        lex:to amando	-0.06
        lex:a musica	-0.0601
        lex:calm	-0.0601
        lex:contador	-0.0601
        lex:due anni	-0.0601
        lex:single	-0.0603
        lex:who did	-0.0603
        lex:grazie ragazzi	-0.0604
        lex:impeccabile	-0.0604
        lex:minuti di	-0.0604
        lex:servizio impeccabile	-0.0604
        lex:this colour	-0.0604
        lex:what do	-0.0604
        lex:followers	-0.0605
        lex:parking is	-0.0605
        lex:great webinar	-0.0606
        lex:nativos	-0.0606
        lex:nuestro	-0.0606
        lex:op m	-0.0606
        lex:portfolio	-0.0606
        lex:ricotta	-0.0606
        lex:uff	-0.0606
        lex:webinar	-0.0606
        lex:amei	-0.0607
        lex:bath	-0.0608
        lex:correcte	-0.0608
        lex:coup ou	-0.0608
        lex:de floripa	-0.0609
        lex:een kennismaking	-0.0609
        lex:kennismaking	-0.0609
        lex:top service	-0.0609
        lex:working now	-0.0609
        lex:de regio	-0.061
        lex:leuk	-0.061
        lex:the lamb	-0.061
        lex:blonde	-0.0611
        lex:ma blonde	-0.0611
        lex:nen	-0.0611
        lex:a otra	-0.0612
        lex:linkedin	-0.0612
        lex:a sunday	-0.0614
        lex:correcto	-0.0614
        lex:erreichbar	-0.0614
        lex:kilo de	-0.0614
        lex:premio	-0.0614
        lex:recebi	-0.0614
        lex:esperei	-0.0615
        lex:malaga	-0.0615
        lex:mas esperei	-0.0615
        lex:toujours	-0.0615
        lex:punktlich	-0.0616
        lex:floripa	-0.0617
        lex:sorted it	-0.0617
        lex:equipa	-0.0618
        lex:notig	-0.0618
        lex:surement	-0.0619
        lex:consigliatissimi	-0.062
        lex:dagen onderweg	-0.0621
        lex:vamos	-0.0621
        lex:boa mas	-0.0622
        lex:cuanto cuesta	-0.0622
        lex:lembra da	-0.0622
        lex:point	-0.0622
        lex:tho	-0.0623
        lex:zetten	-0.0623
        lex:zin	-0.0623
        lex:zin in	-0.0623
        lex:accord	-0.0624
        lex:avec mon	-0.0624
        lex:d accord	-0.0624
        lex:amo pagar	-0.0625
        lex:prenotare il	-0.0625
        lex:sterk	-0.0625
        lex:unfreundlich	-0.0625
        lex:a dubai	-0.0626
        lex:all good	-0.0626
        lex:janeiro	-0.0626
        lex:let s	-0.0626
        lex:parkeren	-0.0626
        lex:por privado	-0.0626
        lex:contacto	-0.0627
        lex:outside	-0.0627
        lex:aunque	-0.0628
        lex:cancelled	-0.0628
        lex:de reclamacoes	-0.0628
        lex:livro	-0.0628
        lex:livro de	-0.0628
        lex:love	-0.0628
        lex:prutsers	-0.0628
        lex:reclamacoes	-0.0628
        lex:s your	-0.0628
        lex:em minas	-0.0629
        lex:oder ist	-0.0629
        lex:om te	-0.0629
        lex:session	-0.063
        lex:einem jahr	-0.0631
        lex:fine for	-0.0631
        lex:morgens	-0.0631
        lex:niveau	-0.0631
        lex:uhr morgens	-0.0631
        lex:new dog	-0.0633
        lex:shop	-0.0633
        lex:as last	-0.0634
        lex:de tijd	-0.0635
        lex:priya	-0.0636
        lex:role	-0.0636
        lex:experienced	-0.0637
        lex:o reembolso	-0.0637
        lex:overgestapt	-0.0637
        lex:queste	-0.0637
        lex:achete	-0.0638
        lex:einwandfrei	-0.0638
        lex:cambiar la	-0.0639
        lex:spot on	-0.0639
        lex:at my	-0.064
        lex:s wedding	-0.064
        lex:todo con	-0.064
        lex:een dag	-0.0641
        lex:nur noch	-0.0641
        lex:gefeliciteerd	-0.0642
        lex:spedizione veloce	-0.0642
        lex:stare	-0.0642
        lex:con la	-0.0643
        lex:mi vieja	-0.0643
        lex:precisa	-0.0643
        lex:vieja	-0.0643
        lex:caffe	-0.0644
        lex:parece	-0.0645
        lex:patience	-0.0645
        lex:patience avec	-0.0645
        lex:qui a	-0.0645
        lex:by my	-0.0646
        lex:der bus	-0.0646
        lex:bist	-0.0647
        lex:do jardim	-0.0647
        lex:hamburguer	-0.0647
        lex:jardim da	-0.0647
        lex:on recommande	-0.0647
        lex:besonderes	-0.0648
        lex:bonne	-0.0648
        lex:dicono	-0.0648
        lex:el wifi	-0.0648
        lex:nix besonderes	-0.0648
        lex:pague	-0.0648
        lex:pague la	-0.0648
        lex:plainte	-0.0648
        lex:van t	-0.0648
        lex:wifi no	-0.0648
        lex:asking for	-0.0649
        lex:harbour	-0.0649
        lex:woche	-0.0649
        lex:cuesta	-0.065
        lex:disponibilidad	-0.065
        lex:lascio	-0.065
        lex:seguidores	-0.065
        lex:being	-0.0651
        lex:desayuno	-0.0651
        lex:is zo	-0.0651
        lex:a burst	-0.0652
        lex:ab april	-0.0652
        lex:burst	-0.0652
        lex:burst pipe	-0.0652
        lex:jean	-0.0652
        lex:noch mit	-0.0652
        lex:pipe	-0.0652
        lex:cover	-0.0653
        lex:e vorrebbe	-0.0653
        lex:gebruik	-0.0653
        lex:vorrebbe	-0.0653
        lex:antiga	-0.0654
        lex:heut	-0.0654
        lex:interesa mucho	-0.0654
        lex:pair	-0.0654
        lex:possiamo proporvi	-0.0654
        lex:prezzo della	-0.0654
        lex:amostras	-0.0655
        lex:voces tem	-0.0655
        lex:my mum	-0.0656
        lex:wieder mal	-0.0656
        lex:bus	-0.0657
        lex:dicht	-0.0657
        lex:we ve	-0.0657
        lex:pour de	-0.0658
        lex:raclette	-0.0658
        lex:todas	-0.0658
        lex:did the	-0.0659
        lex:nemen	-0.0659
        lex:sara	-0.0659
        lex:anos	-0.066
        lex:machen	-0.066
        lex:the sale	-0.0661
        lex:todo ok	-0.0661
        lex:after is	-0.0662
        lex:a um	-0.0663
        lex:cv por	-0.0663
        lex:el esmalte	-0.0663
        lex:elle est	-0.0663
        lex:esmalte	-0.0663
        lex:tant	-0.0663
        lex:tant pis	-0.0663
        lex:these is	-0.0663
        lex:tulips	-0.0663
        lex:versturen	-0.0663
        lex:mandem mais	-0.0664
        lex:is wel	-0.0665
        lex:kev	-0.0665
        lex:manchmal	-0.0665
        lex:seguir	-0.0665
        lex:distribuidores	-0.0666
        lex:distribuidores de	-0.0666
        lex:router	-0.0666
        lex:somos distribuidores	-0.0666
        lex:spannender	-0.0666
        lex:spannender beitrag	-0.0666
        lex:hype	-0.0667
        lex:noutra	-0.0667
        lex:o t2	-0.0667
        lex:repariert	-0.0667
        lex:zo n	-0.0667
        lex:comte	-0.0668
        lex:herrn	-0.0668
        lex:mega aus	-0.0668
        lex:cobraron la	-0.0669
        lex:wer macht	-0.0669
        lex:wow	-0.0669
        lex:auguri	-0.067
        lex:auguri a	-0.067
        lex:horno	-0.0671
        lex:meer op	-0.0671
        lex:the deposit	-0.0671
        lex:gecorrigeerd	-0.0672
        lex:calle	-0.0673
        lex:ja abri	-0.0673
        lex:migliore di	-0.0673
        lex:desde otro	-0.0675
        lex:went to	-0.0675
        lex:em marco	-0.0676
        lex:prix correct	-0.0677
        lex:veloci	-0.0677
        lex:chapeau	-0.0678
        lex:la boda	-0.0678
        lex:se e	-0.0678
        lex:vc	-0.0678
        lex:will das	-0.0678
        lex:brother in	-0.0679
        lex:hab mir	-0.0679
        lex:maar goed	-0.0679
        lex:schee	-0.0679
        lex:el soporte	-0.068
        lex:soporte	-0.068
        lex:back out	-0.0681
        lex:hay que	-0.0681
        lex:you again	-0.0681
        lex:deposit	-0.0682
        lex:o app	-0.0682
        lex:sans plus	-0.0682
        lex:boiler s	-0.0683
        lex:what i	-0.0683
        lex:je recommanderais	-0.0684
        lex:recommanderais	-0.0684
        lex:bonta	-0.0685
        lex:che bonta	-0.0685
        lex:reembolso	-0.0685
        lex:al por	-0.0686
        lex:l hiver	-0.0686
        lex:not interested	-0.0686
        lex:gia fatto	-0.0688
        lex:moniteur	-0.0689
        lex:o oleo	-0.0689
        lex:oleo	-0.0689
        lex:fatto la	-0.0691
        lex:ich gleich	-0.0692
        lex:in bath	-0.0692
        lex:mudei	-0.0693
        lex:valait chaque	-0.0693
        lex:dispo	-0.0694
        lex:ayoye	-0.0695
        lex:ayoye la	-0.0695
        lex:la neige	-0.0695
        lex:la tire	-0.0695
        lex:neige	-0.0695
        lex:out looking	-0.0695
        lex:sei se	-0.0695
        lex:tire	-0.0695
        lex:tire sur	-0.0695
        lex:abri	-0.0696
        lex:at his	-0.0696
        lex:face	-0.0696
        lex:his little	-0.0696
        lex:little face	-0.0696
        lex:cousin s	-0.0697
        lex:flyers	-0.0697
        lex:la levee	-0.0697
        lex:leche	-0.0697
        lex:levee	-0.0697
        lex:elle	-0.0698
        lex:lixo	-0.0698
        lex:sick	-0.0698
        lex:stop	-0.0698
        lex:little	-0.0699
        lex:sao	-0.0699
        lex:dank je	-0.07
        lex:fica o	-0.07
        lex:my son	-0.07
        lex:que surpresa	-0.07
        lex:surpresa	-0.07
        lex:cloture	-0.0701
        lex:mais um	-0.0701
        lex:alguna	-0.0703
        lex:eens langs	-0.0703
        lex:el intensivo	-0.0703
        lex:to a	-0.0703
        lex:virgin	-0.0703
        lex:volveria sin	-0.0703
        lex:en ai	-0.0705
        lex:i need	-0.0705
        lex:sie mir	-0.0705
        lex:bathroom refit	-0.0706
        lex:cancel	-0.0706
        lex:parabens a	-0.0706
        lex:refit in	-0.0706
        lex:bonne continuation	-0.0707
        lex:continuation	-0.0707
        lex:lunch	-0.0707
        lex:tiktok	-0.0707
        lex:la settimana	-0.0708
        lex:as vezes	-0.0709
        lex:malta	-0.0709
        lex:pendant	-0.0709
        lex:fiori	-0.071
        lex:flor	-0.071
        lex:laptop	-0.071
        lex:para cambiar	-0.071
        lex:recrutez des	-0.071
        lex:atendimento nota	-0.0711
        lex:ersatz	-0.0711
        lex:afinal	-0.0712
        lex:but they	-0.0712
        lex:semaine derniere	-0.0712
        lex:de namur	-0.0713
        lex:que pao	-0.0713
        lex:bought a	-0.0714
        lex:marta	-0.0714
        lex:proporvi	-0.0714
        lex:later	-0.0715
        lex:moving to	-0.0715
        lex:acordas	-0.0716
        lex:ecco	-0.0716
        lex:i migliori	-0.0716
        lex:migliori	-0.0716
        lex:nagels	-0.0716
        lex:te acordas	-0.0716
        lex:chiamatemi	-0.0717
        lex:ai hate	-0.0718
        lex:no quiero	-0.0718
        lex:same guy	-0.0718
        lex:cunado	-0.0719
        lex:geklart	-0.0719
        lex:mi cunado	-0.0719
        lex:my bag	-0.0719
        lex:artikel	-0.072
        lex:he was	-0.072
        lex:ja	-0.072
        lex:la pena	-0.0721
        lex:de madrid	-0.0723
        lex:frau	-0.0723
        lex:kitchen in	-0.0723
        lex:hiver la	-0.0724
        lex:t bother	-0.0724
        lex:buscando	-0.0725
        lex:for you	-0.0725
        lex:lot last	-0.0725
        lex:book a	-0.0726
        lex:dia do	-0.0726
        lex:hurt	-0.0726
        lex:koopt	-0.0727
        lex:souvenir	-0.0727
        lex:wie koopt	-0.0727
        lex:academia	-0.0729
        lex:jemand die	-0.0729
        lex:vo	-0.0729
        lex:da hab	-0.0731
        lex:fietsen	-0.0731
        lex:ich als	-0.0731
        lex:roma	-0.0731
        lex:lekker bezig	-0.0732
        lex:owes	-0.0732
        lex:wochen zu	-0.0734
        lex:a comprar	-0.0735
        lex:den schnellen	-0.0735
        lex:que precios	-0.0735
        lex:recommended	-0.0735
        lex:represento	-0.0735
        lex:schnellen	-0.0735
        lex:schnellen ruckruf	-0.0735
        lex:vivir	-0.0735
        lex:la maison	-0.0736
        lex:nostro team	-0.0736
        lex:tegen	-0.0736
        lex:a festa	-0.0737
        lex:preco	-0.0737
        lex:seen	-0.0737
        lex:en janvier	-0.0738
        lex:geschichte	-0.0738
        lex:koeien	-0.0739
        lex:xv	-0.0739
        lex:a las	-0.074
        lex:autonomos	-0.074
        lex:in law	-0.074
        lex:law	-0.074
        lex:mochten	-0.074
        lex:de verdade	-0.0741
        lex:esperienza	-0.0741
        lex:los xv	-0.0741
        lex:me encanto	-0.0741
        lex:consultoria	-0.0742
        lex:ai fini	-0.0743
        lex:an prochain	-0.0743
        lex:fini par	-0.0743
        lex:isso e	-0.0743
        lex:melhor	-0.0744
        lex:tiguan	-0.0744
        lex:trabajo	-0.0744
        lex:gemaakt	-0.0745
        lex:passada	-0.0745
        lex:semana passada	-0.0745
        lex:smart	-0.0745
        lex:bellissima	-0.0746
        lex:kom	-0.0746
        lex:eat	-0.0747
        lex:el curso	-0.0747
        lex:lange	-0.0747
        lex:resuelto	-0.0747
        lex:con que	-0.0748
        lex:you hiring	-0.0749
        lex:comunione	-0.075
        lex:costs	-0.075
        lex:euro voor	-0.075
        lex:bellissime	-0.0751
        lex:formatura	-0.0751
        lex:hochzeit	-0.0751
        lex:partage	-0.0751
        lex:region	-0.0752
        lex:cuenta	-0.0753
        lex:uma fabrica	-0.0753
        lex:euro per	-0.0754
        lex:para autonomos	-0.0754
        lex:s a	-0.0754
        lex:de tu	-0.0755
        lex:gij	-0.0755
        lex:kein	-0.0755
        lex:la hora	-0.0755
        lex:a tiempo	-0.0756
        lex:de limpieza	-0.0756
        lex:desagreable	-0.0756
        lex:g	-0.0756
        lex:el desayuno	-0.0757
        lex:per curiosita	-0.0757
        lex:retard de	-0.0757
        lex:retournerai	-0.0757
        lex:schmerzfrei	-0.0757
        lex:y retournerai	-0.0757
        lex:salzburg	-0.0759
        lex:lugar	-0.076
        lex:ook een	-0.076
        lex:uk	-0.0761
        lex:servicio	-0.0762
        lex:bite	-0.0763
        lex:al een	-0.0764
        lex:from our	-0.0765
        lex:hit	-0.0765
        lex:claims	-0.0766
        lex:sante	-0.0766
        lex:voces estao	-0.0766
        lex:orari	-0.0767
        lex:usam	-0.0767
        lex:ouais	-0.0768
        lex:verdade	-0.0769
        lex:po di	-0.077
        lex:quien os	-0.077
        lex:spielt	-0.077
        lex:ergens	-0.0771
        lex:ergens anders	-0.0771
        lex:le stage	-0.0771
        lex:and day	-0.0772
        lex:bei den	-0.0772
        lex:merk	-0.0772
        lex:one for	-0.0772
        lex:preciso de	-0.0772
        lex:segunda	-0.0772
        lex:still no	-0.0772
        lex:todo en	-0.0772
        lex:enough	-0.0773
        lex:ora	-0.0773
        lex:respekt	-0.0773
        lex:cartao	-0.0774
        lex:le coup	-0.0774
        lex:re	-0.0774
        lex:vaut le	-0.0774
        lex:cette	-0.0775
        lex:ir	-0.0775
        lex:compram	-0.0776
        lex:compre la	-0.0776
        lex:drie	-0.0776
        lex:lago	-0.0776
        lex:it to	-0.0777
        lex:pris la	-0.0777
        lex:un mes	-0.0777
        lex:yes	-0.0777
        lex:gaat niet	-0.0778
        lex:je n	-0.0778
        lex:niet door	-0.0778
        lex:pure a	-0.0778
        lex:slow	-0.0778
        lex:wo ist	-0.0778
        lex:keys	-0.0779
        lex:my nan	-0.0779
        lex:msp	-0.078
        lex:dat de	-0.0781
        lex:e pure	-0.0781
        lex:hoor	-0.0781
        lex:om onze	-0.0781
        lex:tecnica	-0.0781
        lex:dice que	-0.0783
        lex:raga ma	-0.0783
        lex:inschrijven	-0.0785
        lex:inschrijven voor	-0.0785
        lex:o aviso	-0.0786
        lex:po	-0.0786
        lex:gratuliere	-0.0787
        lex:just to	-0.0787
        lex:meer van	-0.0788
        lex:bien pero	-0.0789
        lex:si hay	-0.079
        lex:dus	-0.0792
        lex:finito	-0.0792
        lex:compren	-0.0793
        lex:digan	-0.0793
        lex:ma per	-0.0793
        lex:no compren	-0.0793
        lex:nunca llego	-0.0793
        lex:usa	-0.0793
        lex:na foto	-0.0794
        lex:sono stata	-0.0794
        lex:lecce	-0.0795
        lex:dad	-0.0796
        lex:el catalogo	-0.0796
        lex:marido	-0.0796
        lex:my cousin	-0.0796
        lex:staan	-0.0796
        lex:arreglarme	-0.0797
        lex:fica pra	-0.0797
        lex:rude on	-0.0797
        lex:s party	-0.0797
        lex:einfach	-0.0798
        lex:ho gia	-0.0798
        lex:me cobraron	-0.0798
        lex:la pata	-0.0799
        lex:pata	-0.0799
        lex:schandalig	-0.0799
        lex:etre	-0.08
        lex:fatta	-0.08
        lex:xv de	-0.08
        lex:um dia	-0.0801
        lex:bona	-0.0802
        lex:en otro	-0.0802
        lex:al menos	-0.0804
        lex:questa foto	-0.0804
        lex:apresentar	-0.0805
        lex:stage	-0.0805
        lex:de markt	-0.0806
        lex:de tandarts	-0.0806
        lex:e quello	-0.0806
        lex:le prix	-0.0806
        lex:mi abuela	-0.0806
        lex:explain	-0.0807
        lex:kunden	-0.0807
        lex:de acuerdo	-0.0809
        lex:totalmente	-0.0809
        lex:totalmente de	-0.0809
        lex:cada peso	-0.081
        lex:comida	-0.081
        lex:embreagem e	-0.081
        lex:genauso	-0.081
        lex:ich genauso	-0.081
        lex:peso	-0.081
        lex:sehe	-0.081
        lex:sehe ich	-0.081
        lex:il bagno	-0.0811
        lex:sorting it	-0.0811
        lex:puntuali	-0.0812
        lex:santo	-0.0812
        lex:un po	-0.0813
        lex:anywhere	-0.0814
        lex:llego y	-0.0816
        lex:pulizia	-0.0816
        lex:agosto e	-0.0817
        lex:the sourdough	-0.0817
        lex:boca	-0.0818
        lex:el domingo	-0.0818
        lex:nao sei	-0.0818
        lex:regalato	-0.0818
        lex:e eu	-0.0819
        lex:representante	-0.0819
        lex:sou representante	-0.0819
        lex:aqui a	-0.082
        lex:coming back	-0.082
        lex:hace un	-0.0821
        lex:song in	-0.0821
        lex:the song	-0.0821
        lex:this reel	-0.0821
        lex:took the	-0.0821
        lex:attendre	-0.0822
        lex:beschadigt	-0.0822
        lex:love it	-0.0822
        lex:ma questa	-0.0822
        lex:prendete	-0.0822
        lex:questa e	-0.0822
        lex:di ieri	-0.0823
        lex:stond	-0.0823
        lex:delivery	-0.0824
        lex:owner is	-0.0824
        lex:re done	-0.0824
        lex:to work	-0.0825
        complaint	-0.0826
        lex:cousin	-0.0827
        lex:mia	-0.0827
        lex:novos	-0.0827
        lex:enfants	-0.0828
        lex:flat	-0.0828
        lex:ga ik	-0.0828
        lex:picked	-0.0828
        lex:the bathroom	-0.0828
        lex:du	-0.0829
        lex:encantaria	-0.0829
        lex:et a	-0.0829
        lex:fur a	-0.0829
        lex:i didn	-0.0829
        lex:n en	-0.0829
        lex:wij doen	-0.0829
        lex:ik zit	-0.083
        lex:sell	-0.083
        lex:das nur	-0.0831
        lex:schnell	-0.0831
        lex:reserve	-0.0832
        lex:ads	-0.0833
        lex:el kilo	-0.0833
        lex:fantastisch	-0.0834
        lex:pere	-0.0834
        lex:war etwas	-0.0834
        lex:cama	-0.0835
        lex:learned	-0.0835
        lex:petits	-0.0835
        lex:tutto agosto	-0.0835
        lex:came through	-0.0836
        lex:ses	-0.0837
        lex:hiver	-0.0838
        lex:membership	-0.0838
        lex:pero no	-0.0838
        lex:heisst	-0.0839
        lex:heisst der	-0.0839
        lex:poi ci	-0.0839
        lex:la de	-0.084
        lex:monaten	-0.084
        lex:mucho	-0.084
        lex:booked him	-0.0841
        lex:everything	-0.0841
        lex:out at	-0.0841
        lex:the two	-0.0841
        lex:komen	-0.0843
        lex:ma come	-0.0843
        lex:patio	-0.0843
        lex:the uk	-0.0843
        lex:van vorige	-0.0843
        lex:are stunning	-0.0844
        lex:hate	-0.0844
        lex:maleducado	-0.0846
        lex:pero las	-0.0847
        lex:iedereen	-0.0848
        lex:just like	-0.0848
        lex:kostenlos	-0.0848
        lex:like where	-0.0848
        lex:looks just	-0.0848
        lex:phone	-0.0848
        lex:damals	-0.0849
        lex:jullie en	-0.0849
        lex:needed	-0.0849
        lex:weg bij	-0.0849
        lex:clienti	-0.085
        lex:need one	-0.085
        lex:chiamatemi piu	-0.0851
        lex:durf	-0.0851
        lex:non chiamatemi	-0.0851
        lex:queue	-0.0851
        lex:stars if	-0.0851
        lex:definitely	-0.0852
        lex:would definitely	-0.0852
        lex:larga	-0.0853
        lex:maison	-0.0855
        lex:massage	-0.0855
        lex:non	-0.0855
        lex:suben	-0.0855
        lex:jetzt bei	-0.0856
        lex:konkurrenz	-0.0856
        lex:refit	-0.0856
        lex:terug met	-0.0856
        lex:d un	-0.0857
        lex:immer noch	-0.0857
        lex:lo quiero	-0.0857
        lex:pazzesco	-0.0857
        lex:wait	-0.0858
        lex:a redire	-0.0859
        lex:en geen	-0.0859
        lex:encomenda	-0.0859
        lex:pour le	-0.0859
        lex:redire	-0.0859
        lex:teu	-0.0859
        lex:do corte	-0.086
        lex:danke nochmal	-0.0861
        lex:dieta	-0.0861
        lex:stoofvleessaus	-0.0861
        lex:client injoignable	-0.0862
        lex:injoignable	-0.0862
        lex:j achete	-0.0862
        lex:montag	-0.0862
        lex:good luck	-0.0863
        lex:luck with	-0.0863
        lex:verschil	-0.0863
        lex:a kidney	-0.0864
        lex:dat ik	-0.0864
        lex:ecoute	-0.0864
        lex:en retard	-0.0864
        lex:kidney	-0.0864
        lex:l ecoute	-0.0864
        lex:modelo	-0.0864
        lex:sell a	-0.0864
        lex:centime	-0.0865
        lex:chaque centime	-0.0865
        lex:hebben we	-0.0865
        lex:mandarvi	-0.0865
        lex:o do	-0.0865
        lex:weisst noch	-0.0865
        lex:het is	-0.0866
        lex:trabalho	-0.0866
        lex:frais	-0.0868
        lex:nicked	-0.0868
        lex:inoubliable	-0.087
        lex:culatello	-0.0871
        lex:gaat er	-0.0871
        lex:installateur	-0.0871
        lex:majos	-0.0871
        lex:na semana	-0.0871
        lex:stone	-0.0871
        lex:gino	-0.0872
        lex:mi vida	-0.0872
        lex:anything	-0.0873
        lex:vous recrutez	-0.0873
        lex:etait parfait	-0.0874
        lex:jahren bei	-0.0874
        lex:iscritto	-0.0875
        lex:ma sto	-0.0876
        lex:me devolvieron	-0.0876
        lex:open voor	-0.0876
        lex:war schon	-0.0876
        lex:e faco	-0.0877
        lex:les frais	-0.0877
        lex:sistemato	-0.0877
        lex:wilden jullie	-0.0877
        lex:enhorabuena	-0.0878
        lex:enhorabuena por	-0.0878
        lex:mes passado	-0.0878
        lex:to stand	-0.0878
        lex:anniversario	-0.0879
        lex:na clinica	-0.088
        lex:rein	-0.088
        lex:amou	-0.0881
        lex:juste	-0.0881
        lex:though	-0.0881
        lex:we wilden	-0.0881
        lex:wilden	-0.0881
        lex:froide	-0.0882
        lex:jajaja mi	-0.0882
        lex:me ligar	-0.0882
        lex:consulta	-0.0884
        lex:del video	-0.0884
        lex:desses	-0.0884
        lex:aniversario	-0.0885
        lex:ganzen	-0.0885
        lex:grande	-0.0885
        lex:het een	-0.0887
        lex:pizza	-0.0887
        lex:otra en	-0.0888
        lex:more	-0.0889
        lex:paques	-0.0889
        lex:c etait	-0.089
        lex:buffet	-0.0891
        lex:mais c	-0.0891
        lex:pasqua	-0.0891
        lex:to my	-0.0891
        lex:absolute	-0.0892
        lex:maleducato	-0.0892
        lex:maleducato e	-0.0892
        lex:zaak	-0.0892
        lex:siamo stati	-0.0893
        lex:stati	-0.0893
        lex:a bit	-0.0894
        lex:comida bien	-0.0894
        lex:fruh	-0.0894
        lex:insane	-0.0894
        lex:piu niente	-0.0894
        lex:we did	-0.0894
        lex:stars	-0.0895
        lex:sans	-0.0896
        lex:unreal	-0.0896
        lex:was rude	-0.0896
        lex:gott	-0.0897
        lex:gratis	-0.0897
        lex:kaputt	-0.0897
        lex:s gott	-0.0897
        lex:vergelt	-0.0897
        lex:vergelt s	-0.0897
        lex:geannuleerd	-0.0898
        lex:e fui	-0.0899
        lex:encomenda chegou	-0.0899
        lex:ihr nicht	-0.0899
        lex:novinho	-0.0899
        lex:permis	-0.0899
        lex:ta novinho	-0.0899
        lex:gedaan	-0.09
        lex:on friday	-0.09
        lex:dit	-0.0901
        lex:e essa	-0.0901
        lex:confeitaria	-0.0902
        lex:ihr noch	-0.0902
        lex:pra confeitaria	-0.0902
        lex:en serio	-0.0903
        lex:licence	-0.0903
        lex:dev	-0.0904
        lex:friet	-0.0904
        lex:be	-0.0905
        lex:zeker nog	-0.0905
        lex:eure	-0.0906
        lex:ich den	-0.0906
        lex:my old	-0.0906
        lex:service client	-0.0906
        lex:ah oui	-0.0907
        lex:join	-0.0907
        lex:to join	-0.0907
        lex:aprobe a	-0.0908
        lex:for small	-0.0908
        lex:aperto	-0.0909
        lex:provider	-0.0909
        lex:serio	-0.0909
        lex:ihr habt	-0.091
        lex:suis en	-0.091
        lex:annullato	-0.0911
        lex:fresque	-0.0911
        lex:fresque sur	-0.0911
        lex:la fresque	-0.0911
        lex:maar	-0.0911
        lex:zo mooi	-0.0911
        lex:case study	-0.0913
        lex:moved to	-0.0913
        lex:study	-0.0913
        lex:suisse	-0.0913
        lex:erledigt	-0.0914
        lex:ai deja	-0.0915
        lex:pet	-0.0915
        lex:acha	-0.0916
        lex:er een	-0.0916
        lex:fait le	-0.0916
        lex:o cafe	-0.0916
        lex:via een	-0.0916
        lex:come nuova	-0.0917
        lex:deadline	-0.0917
        lex:nur aus	-0.0917
        lex:the deadline	-0.0917
        lex:bruno	-0.0918
        lex:down	-0.0918
        lex:logo	-0.0918
        lex:nachhilfe	-0.0919
        lex:paar	-0.0919
        lex:matricula gratis	-0.092
        lex:stata	-0.092
        lex:voor die	-0.092
        lex:charging	-0.0922
        lex:coup	-0.0923
        lex:e um	-0.0923
        lex:che razza	-0.0924
        lex:razza	-0.0924
        lex:papier	-0.0926
        lex:propre	-0.0926
        lex:encanto	-0.0927
        lex:werkstatt	-0.0927
        lex:a partir	-0.0928
        lex:klaar mee	-0.0928
        lex:de retard	-0.0929
        lex:was perfect	-0.0929
        lex:aniversario do	-0.0931
        lex:anos de	-0.0931
        lex:would	-0.0931
        lex:aprobe el	-0.0933
        lex:b2 a	-0.0933
        lex:primera gracias	-0.0933
        lex:vita	-0.0933
        lex:weisst no	-0.0933
        lex:an der	-0.0934
        lex:os pasteis	-0.0934
        lex:devolvieron	-0.0935
        lex:en nog	-0.0936
        lex:abri reclamacao	-0.0937
        lex:no reclame	-0.0937
        lex:reclamacao no	-0.0937
        lex:reclame aqui	-0.0937
        lex:viaggio	-0.0937
        lex:partir	-0.0938
        lex:podria	-0.0938
        lex:les enfants	-0.0939
        lex:speeds	-0.094
        lex:this place	-0.094
        lex:lento	-0.0942
        lex:locos	-0.0942
        lex:toll	-0.0942
        lex:agendar	-0.0944
        lex:de notre	-0.0944
        lex:pista	-0.0945
        lex:same	-0.0945
        lex:starting	-0.0945
        lex:mesmo	-0.0946
        lex:preis passt	-0.0946
        lex:prodotto	-0.0946
        lex:berichtje	-0.0947
        lex:een berichtje	-0.0947
        lex:mi sono	-0.0947
        lex:exame	-0.0948
        lex:o exame	-0.0948
        lex:erstes	-0.0949
        lex:viejo	-0.0949
        lex:ce sta	-0.095
        lex:degustation	-0.095
        lex:ahi	-0.0951
        lex:but	-0.0951
        lex:ik er	-0.0951
        lex:nous sommes	-0.0951
        lex:sommes	-0.0951
        lex:hiring	-0.0952
        lex:already booked	-0.0953
        lex:aqui	-0.0953
        lex:schon	-0.0954
        lex:to	-0.0954
        lex:ooit	-0.0955
        lex:katalog	-0.0958
        lex:katalog schicken	-0.0958
        lex:gestion	-0.096
        lex:y mi	-0.096
        lex:game	-0.0961
        lex:gewoon	-0.0962
        lex:caiu	-0.0963
        lex:passes	-0.0963
        lex:au chocolat	-0.0965
        lex:chocolat	-0.0965
        lex:pain au	-0.0965
        lex:voi serve	-0.0965
        lex:cancelled my	-0.0966
        lex:condicoes	-0.0966
        lex:un altra	-0.0966
        lex:feira	-0.0968
        lex:nunca mais	-0.0968
        lex:pris	-0.0968
        lex:un cafe	-0.0969
        lex:ai annule	-0.097
        lex:moyen	-0.097
        lex:rustgevend	-0.0971
        lex:zo rustgevend	-0.0971
        lex:afspraak	-0.0972
        lex:thanks for	-0.0972
        lex:pas un	-0.0973
        lex:pregunto en	-0.0973
        lex:do ano	-0.0974
        lex:ondanks	-0.0974
        lex:use again	-0.0974
        lex:ma alla	-0.0975
        lex:bezig	-0.0976
        lex:den ganzen	-0.0976
        lex:ganzen laden	-0.0976
        lex:maybe	-0.0976
        lex:t need	-0.0976
        lex:euer	-0.0977
        lex:brauchts	-0.0978
        lex:employed	-0.0978
        lex:pas la	-0.0978
        lex:self employed	-0.0978
        lex:sorella	-0.0978
        lex:und ab	-0.0979
        lex:autant	-0.098
        lex:compania	-0.098
        lex:google	-0.098
        lex:strauss	-0.098
        lex:eleves en	-0.0981
        lex:pasado y	-0.0981
        lex:pain	-0.0982
        lex:with this	-0.0982
        lex:bathroom	-0.0983
        lex:de sitio	-0.0983
        lex:abbia mai	-0.0984
        lex:deserved	-0.0984
        lex:well deserved	-0.0984
        lex:bed in	-0.0985
        lex:this town	-0.0985
        lex:bij een	-0.0986
        lex:al mese	-0.0987
        lex:cambie	-0.0987
        lex:me cambie	-0.0987
        lex:proficiat met	-0.0988
        lex:de experiencia	-0.0989
        lex:in may	-0.0989
        lex:quanto e	-0.0989
        lex:the difference	-0.0989
        lex:anyway	-0.0991
        lex:de seo	-0.0991
        lex:faire	-0.0991
        lex:app down	-0.0992
        lex:back i	-0.0992
        lex:su equipo	-0.0992
        lex:anni fa	-0.0995
        lex:a dani	-0.0996
        lex:la app	-0.0996
        lex:me inschrijven	-0.0996
        lex:mensen	-0.0996
        lex:report	-0.0996
        lex:what did	-0.0997
        lex:and he	-0.1
        lex:concurrence	-0.1
        lex:consumo	-0.1
        lex:en consumo	-0.1
        lex:la concurrence	-0.1
        lex:na minha	-0.1
        lex:oi	-0.1001
        lex:scrivimi	-0.1001
        lex:a place	-0.1002
        lex:mein schwager	-0.1002
        lex:schwager	-0.1002
        lex:hein	-0.1003
        lex:interessante	-0.1003
        lex:van de	-0.1003
        lex:wish	-0.1004
        lex:oro	-0.1005
        lex:desastre	-0.1006
        lex:honestos	-0.1006
        lex:un desastre	-0.1006
        lex:auf die	-0.1007
        lex:condicoes especiais	-0.1007
        lex:entrega	-0.1007
        lex:especiais	-0.1007
        lex:here and	-0.1007
        lex:klare empfehlung	-0.1007
        lex:aber die	-0.1008
        lex:saw the	-0.1008
        lex:vieux	-0.101
        lex:we eens	-0.101
        lex:buy this	-0.1011
        lex:ended	-0.1011
        lex:ended up	-0.1011
        lex:pricey	-0.1011
        lex:caro	-0.1012
        lex:the owner	-0.1012
        lex:atencion	-0.1013
        lex:parti	-0.1015
        lex:resilie et	-0.1015
        lex:komt	-0.1016
        lex:ma quanto	-0.1017
        lex:mundo	-0.1017
        lex:nao	-0.1017
        lex:regal	-0.1018
        lex:honesto	-0.1019
        lex:love paying	-0.1019
        lex:nie wieder	-0.1019
        lex:days to	-0.102
        lex:that i	-0.102
        lex:to answer	-0.102
        lex:ate hoje	-0.1021
        lex:recrutez vous	-0.1021
        lex:boda	-0.1022
        lex:if you	-0.1022
        lex:nada de	-0.1022
        lex:case	-0.1023
        lex:de storing	-0.1023
        lex:ik wachtte	-0.1024
        lex:sorting	-0.1024
        lex:sourdough	-0.1024
        lex:terwijl	-0.1024
        lex:terwijl ik	-0.1024
        lex:wachtte	-0.1024
        lex:produtos	-0.1025
        lex:aus wie	-0.1026
        lex:difference entre	-0.1026
        lex:offert	-0.1026
        lex:sieht aus	-0.1026
        lex:al bij	-0.1027
        lex:aviso	-0.1027
        lex:if the	-0.1027
        lex:prazo	-0.1027
        lex:warmepumpe	-0.1027
        lex:zit al	-0.1027
        lex:nou	-0.1028
        lex:bonjour	-0.1029
        lex:dank u	-0.1029
        lex:euch und	-0.1029
        lex:for getting	-0.1029
        lex:iemand	-0.1029
        lex:mari	-0.1029
        lex:eens sparren	-0.103
        lex:intervention rapide	-0.103
        lex:sparren	-0.103
        lex:tan rapido	-0.103
        lex:mad	-0.1031
        lex:paid for	-0.1031
        lex:zoeken voor	-0.1031
        lex:marco	-0.1032
        lex:sucesso	-0.1032
        lex:meu marido	-0.1033
        lex:ask	-0.1034
        lex:la calle	-0.1034
        lex:la primera	-0.1034
        lex:bei uns	-0.1035
        lex:punkt	-0.1036
        lex:s voor	-0.1036
        lex:el patio	-0.1037
        lex:conforme	-0.1038
        lex:gunstig	-0.104
        lex:came out	-0.1041
        lex:coupe	-0.1041
        lex:kat	-0.1041
        lex:obsessed	-0.1041
        lex:compte	-0.1043
        lex:minutos	-0.1043
        lex:prachtig	-0.1043
        lex:era um	-0.1044
        lex:ist echt	-0.1044
        lex:proper	-0.1045
        lex:avec	-0.1046
        lex:sorpresa	-0.1047
        lex:geboekt	-0.1048
        lex:horror	-0.1048
        lex:horror room	-0.1048
        lex:por una	-0.1048
        lex:recomendo demais	-0.1048
        lex:instrutor ze	-0.1049
        lex:eruit	-0.105
        lex:eruit in	-0.105
        lex:het werk	-0.105
        lex:moda	-0.105
        lex:profes	-0.105
        lex:alla fine	-0.1051
        lex:gebucht	-0.1052
        lex:dice	-0.1054
        lex:de onde	-0.1055
        lex:met jullie	-0.1055
        lex:en dm	-0.1056
        lex:zoeken jullie	-0.1056
        lex:met het	-0.1057
        lex:saw	-0.1057
        lex:veloce	-0.1057
        lex:weeks with	-0.1057
        lex:obsessed with	-0.1058
        lex:io mi	-0.1059
        lex:down again	-0.106
        lex:nossa	-0.106
        lex:la nuova	-0.1061
        lex:proud	-0.1061
        lex:de app	-0.1062
        lex:a ticket	-0.1063
        lex:answer a	-0.1063
        lex:j y	-0.1063
        lex:netjes	-0.1063
        lex:echte	-0.1064
        lex:ecris	-0.1064
        lex:cheaper	-0.1065
        lex:dimanche soir	-0.1065
        lex:un a	-0.1065
        lex:again in	-0.1066
        lex:empfehlung	-0.1066
        lex:kaffee	-0.1066
        lex:cried	-0.1067
        lex:depois de	-0.1067
        lex:di pasqua	-0.1067
        lex:e foi	-0.1067
        lex:il pranzo	-0.1067
        lex:pranzo di	-0.1067
        lex:cheers anyway	-0.1069
        lex:quote but	-0.1069
        lex:else in	-0.1071
        lex:linea	-0.1071
        lex:primeira	-0.1072
        lex:nog mensen	-0.1073
        lex:ve been	-0.1073
        lex:al metro	-0.1074
        lex:metro	-0.1074
        lex:pizza al	-0.1074
        lex:a carta	-0.1075
        lex:carta de	-0.1075
        lex:clases de	-0.1075
        lex:martes	-0.1076
        lex:owner	-0.1076
        lex:nous en	-0.1077
        lex:valgono	-0.1077
        lex:out of	-0.1078
        lex:told me	-0.1078
        lex:ask for	-0.1079
        lex:cosas	-0.108
        lex:geleden	-0.108
        lex:that a	-0.108
        lex:boulot	-0.1081
        lex:bother	-0.1082
        lex:em sp	-0.1082
        lex:ervaring	-0.1082
        lex:geregeld	-0.1084
        lex:wollten	-0.1084
        lex:question serieuse	-0.1085
        lex:says	-0.1085
        lex:serieuse	-0.1085
        lex:tre mesi	-0.1087
        lex:camara	-0.1088
        lex:marco e	-0.1088
        lex:open to	-0.1088
        lex:que camara	-0.1088
        lex:une fois	-0.1088
        lex:zien	-0.1088
        lex:e solo	-0.1089
        lex:girl	-0.1089
        lex:pero que	-0.1089
        lex:s das	-0.1089
        lex:lang	-0.109
        lex:pasamos	-0.109
        lex:grazie a	-0.1091
        lex:hat sich	-0.1091
        lex:ihr seid	-0.1091
        lex:le fait	-0.1091
        lex:seid	-0.1091
        lex:fur meine	-0.1092
        lex:mais ca	-0.1092
        lex:che obiettivo	-0.1093
        lex:chegou em	-0.1093
        lex:hai usato	-0.1093
        lex:obiettivo	-0.1093
        lex:obiettivo hai	-0.1093
        lex:un altro	-0.1093
        lex:usato	-0.1093
        lex:meilleure	-0.1095
        lex:nan s	-0.1095
        lex:past	-0.1095
        lex:quick	-0.1095
        lex:hai	-0.1096
        lex:que la	-0.1096
        lex:sofi	-0.1096
        lex:reserver	-0.1097
        lex:el salon	-0.1098
        lex:normal for	-0.1098
        lex:a namur	-0.1099
        lex:era al	-0.1099
        lex:kids blij	-0.11
        lex:kon	-0.11
        lex:retreat	-0.11
        lex:no voy	-0.1101
        lex:schauen	-0.1101
        lex:lembra do	-0.1102
        lex:rien a	-0.1102
        lex:consegna	-0.1103
        lex:werd	-0.1103
        lex:en a	-0.1104
        lex:enviarles	-0.1104
        lex:after two	-0.1105
        lex:miglior	-0.1105
        lex:de lujo	-0.1106
        lex:ja comprei	-0.1106
        lex:lujo	-0.1106
        lex:pasamos un	-0.1106
        lex:peut	-0.1107
        lex:smashed	-0.1107
        lex:t tell	-0.1107
        lex:immer	-0.1108
        lex:a quella	-0.1109
        lex:quella che	-0.1109
        lex:duvida	-0.111
        lex:photo c	-0.111
        lex:better after	-0.1111
        lex:sessions with	-0.1111
        lex:fabrica	-0.1112
        lex:or email	-0.1112
        lex:es verdad	-0.1113
        lex:o instrutor	-0.1113
        lex:tras	-0.1113
        lex:verdad que	-0.1113
        lex:onder het	-0.1114
        lex:risponde	-0.1114
        lex:pakketje	-0.1115
        lex:fuss	-0.1116
        lex:i bought	-0.1116
        lex:a guest	-0.1117
        lex:a tattoo	-0.1117
        lex:sorted our	-0.1117
        lex:rapide un	-0.1118
        lex:ailleurs	-0.1119
        lex:levei o	-0.112
        lex:propuesta	-0.112
        lex:una propuesta	-0.112
        lex:petite	-0.1122
        lex:was het	-0.1122
        lex:wil het	-0.1122
        lex:service on	-0.1123
        lex:we de	-0.1124
        lex:anche per	-0.1125
        lex:free on	-0.1125
        lex:stunning	-0.1127
        lex:passei	-0.1129
        lex:fijne	-0.1131
        lex:week is	-0.1133
        lex:acheterais	-0.1134
        lex:copieux	-0.1134
        lex:enfants ont	-0.1134
        lex:fahrt	-0.1134
        lex:misschien	-0.1134
        lex:repas copieux	-0.1134
        lex:si el	-0.1136
        lex:achete le	-0.1137
        lex:shoutout	-0.1137
        lex:de vous	-0.1138
        lex:festa da	-0.1139
        lex:achtergrond	-0.114
        lex:de achtergrond	-0.114
        lex:op	-0.1141
        lex:ist es	-0.1142
        lex:indimenticabile	-0.1144
        lex:chair	-0.1145
        lex:eleves	-0.1145
        lex:heure	-0.1147
        lex:rijbewijs	-0.1147
        lex:vous nous	-0.1147
        lex:a paques	-0.1148
        lex:stay	-0.1148
        lex:e estava	-0.1149
        lex:for an	-0.1149
        lex:monton	-0.1149
        lex:um	-0.1149
        lex:un monton	-0.1149
        lex:zijt	-0.1149
        lex:a new	-0.115
        lex:the parking	-0.115
        lex:devenir	-0.1151
        lex:everyone	-0.1151
        lex:proberen	-0.1151
        lex:welke lens	-0.1152
        lex:geschafft	-0.1153
        lex:personnel	-0.1153
        lex:se ve	-0.1153
        lex:dio	-0.1156
        lex:idee	-0.1156
        lex:mortgage	-0.1156
        lex:peux	-0.1157
        lex:bodas	-0.1161
        lex:getting	-0.1161
        lex:tres bon	-0.1162
        lex:chegou	-0.1163
        lex:fazer	-0.1167
        lex:iba	-0.1167
        lex:bom dia	-0.1168
        lex:quid	-0.1168
        lex:een mooie	-0.117
        lex:elke euro	-0.117
        lex:newsletter	-0.117
        lex:zeggen	-0.117
        lex:beim	-0.1172
        lex:heute	-0.1173
        lex:ja fechei	-0.1174
        lex:partir de	-0.1174
        lex:troppo	-0.1174
        lex:tu	-0.1174
        lex:sur	-0.1175
        lex:eens terug	-0.1176
        lex:euch auch	-0.1176
        lex:souviens	-0.1176
        lex:te souviens	-0.1176
        lex:pra festa	-0.1177
        lex:a quien	-0.1178
        lex:conseils	-0.1178
        lex:e nessuno	-0.1178
        lex:how your	-0.1178
        lex:il cambio	-0.1178
        lex:sold	-0.1178
        lex:brabant	-0.1179
        lex:e nao	-0.118
        lex:filha	-0.118
        lex:minha filha	-0.118
        lex:tattoo artist	-0.118
        lex:shame you	-0.1181
        lex:won	-0.1181
        lex:won t	-0.1181
        lex:clinica	-0.1182
        lex:im video	-0.1182
        lex:sti	-0.1182
        lex:fun	-0.1183
        lex:tijd	-0.1185
        lex:zaal	-0.1185
        lex:own	-0.1186
        lex:bronte	-0.1187
        lex:chaos	-0.1187
        lex:di bronte	-0.1187
        lex:la pulizia	-0.1189
        lex:tiene	-0.1189
        lex:si fa	-0.1193
        lex:encore des	-0.1194
        lex:muy buena	-0.1194
        lex:on en	-0.1194
        lex:wer	-0.1194
        lex:wrong	-0.1194
        lex:zijn dit	-0.1194
        lex:mi viejo	-0.1195
        lex:gezellig	-0.1198
        lex:mot	-0.1198
        lex:istruttore	-0.1199
        lex:mooie zaal	-0.1199
        lex:perfectos	-0.1199
        lex:bitte keine	-0.12
        lex:dochter is	-0.12
        lex:honestly the	-0.12
        lex:leurs	-0.12
        lex:abuela	-0.1201
        lex:morning	-0.1201
        lex:com o	-0.1202
        lex:helaas	-0.1203
        lex:jardin	-0.1203
        lex:livraison rapide	-0.1203
        lex:the old	-0.1203
        lex:tot	-0.1203
        lex:troca	-0.1203
        lex:amo quando	-0.1204
        lex:quando o	-0.1204
        lex:servizio	-0.1205
        lex:did you	-0.1206
        lex:love how	-0.1206
        lex:warten	-0.1207
        lex:para lo	-0.1208
        lex:san	-0.1208
        lex:storing	-0.1208
        lex:tag	-0.1208
        lex:nessuno risponde	-0.1209
        lex:page	-0.1209
        lex:um t1	-0.121
        lex:a posto	-0.1212
        lex:o melhor	-0.1212
        lex:proprietario	-0.1212
        lex:another provider	-0.1213
        lex:repas	-0.1213
        lex:regrets	-0.1214
        lex:zero regrets	-0.1214
        lex:de resposta	-0.1215
        lex:rico	-0.1215
        lex:je me	-0.1216
        lex:fait opposition	-0.1218
        lex:genuina	-0.1218
        lex:opposition	-0.1218
        lex:the roaming	-0.1218
        lex:to another	-0.1218
        lex:email	-0.1219
        lex:onze vaste	-0.1219
        lex:fans	-0.1221
        lex:hizo mi	-0.1221
        lex:lo hizo	-0.1221
        lex:real fans	-0.1221
        lex:a recrutar	-0.1223
        lex:artist	-0.1223
        lex:recrutar	-0.1223
        lex:einer	-0.1225
        lex:emails	-0.1225
        lex:umzug	-0.1225
        lex:arrived	-0.1226
        lex:guy from	-0.1227
        lex:goedkoop	-0.1228
        lex:la del	-0.1228
        lex:via de	-0.1228
        lex:wie am	-0.1229
        lex:op je	-0.123
        lex:just me	-0.1231
        lex:the end	-0.1231
        lex:but found	-0.1232
        lex:on this	-0.1232
        lex:cv	-0.1233
        lex:his	-0.1233
        lex:je pouvais	-0.1233
        lex:lindo	-0.1233
        lex:pouvais	-0.1233
        lex:que los	-0.1233
        lex:guy	-0.1234
        lex:as ondas	-0.1235
        lex:band	-0.1235
        lex:estavam	-0.1235
        lex:estavam brutais	-0.1235
        lex:aeroporto	-0.1237
        lex:mille	-0.1237
        lex:spijt	-0.1237
        lex:vai	-0.1237
        lex:dani	-0.1239
        lex:zou ik	-0.124
        lex:deco	-0.1241
        lex:it in	-0.1241
        lex:janvier	-0.1243
        lex:complimenti	-0.1244
        lex:ja hoor	-0.1245
        lex:pero al	-0.1245
        lex:qqn	-0.1245
        lex:assinatura	-0.1247
        lex:deve	-0.1247
        lex:pour ce	-0.1248
        lex:zur	-0.1249
        lex:sim	-0.1252
        lex:no direct	-0.1254
        lex:carbonara	-0.1255
        lex:contacter	-0.1256
        lex:do plano	-0.1256
        lex:mon beau	-0.1257
        lex:an mot	-0.1258
        lex:sai	-0.1258
        lex:aca	-0.1259
        lex:della zona	-0.1259
        lex:ethiopian	-0.1261
        lex:vamos a	-0.1261
        lex:fuimos	-0.1262
        lex:cambio de	-0.1263
        lex:toe	-0.1263
        lex:toute la	-0.1263
        lex:veux plus	-0.1263
        lex:trots	-0.1264
        lex:trots op	-0.1264
        lex:quello	-0.1265
        lex:gekocht	-0.1266
        lex:la modelo	-0.1266
        lex:senza	-0.1266
        lex:rose	-0.1267
        lex:pueblo	-0.1269
        lex:the guy	-0.127
        lex:verhuisd	-0.127
        lex:d hiver	-0.1274
        lex:hintergrund	-0.1274
        lex:im hintergrund	-0.1274
        lex:pneus d	-0.1274
        lex:was dat	-0.1274
        lex:jullie de	-0.1275
        lex:posto magico	-0.1276
        lex:colpo	-0.1277
        lex:gesprach	-0.1277
        lex:mi ha	-0.1277
        lex:primo colpo	-0.1277
        lex:minuti	-0.1278
        lex:voi l	-0.1278
        lex:a chi	-0.128
        lex:el cambio	-0.1281
        lex:geweldig	-0.1284
        lex:manutencao de	-0.1284
        lex:ticket	-0.1287
        lex:meinem	-0.1289
        lex:semana de	-0.1289
        lex:diesel	-0.129
        lex:em peniche	-0.129
        lex:peniche	-0.129
        lex:finalmente	-0.1291
        lex:in zeeland	-0.1292
        lex:zeeland	-0.1292
        lex:com	-0.1293
        lex:correct	-0.1294
        lex:jusqu	-0.1295
        lex:professores atenciosos	-0.1299
        lex:ja resolvi	-0.13
        lex:lot	-0.13
        lex:resolvi	-0.13
        lex:still have	-0.13
        lex:au top	-0.1301
        lex:toi	-0.1301
        lex:great service	-0.1302
        lex:so whatever	-0.1303
        lex:agua	-0.1305
        lex:va bene	-0.1305
        lex:utrecht en	-0.1307
        lex:encargue	-0.1308
        lex:encargue el	-0.1308
        lex:nummer	-0.1308
        lex:much better	-0.1309
        lex:serve un	-0.131
        lex:grazie	-0.1311
        lex:he s	-0.1312
        lex:migration	-0.1312
        lex:quand meme	-0.1312
        lex:parcheggio	-0.1314
        lex:can t	-0.1315
        lex:class	-0.1315
        lex:overcharged	-0.1316
        lex:overcharged for	-0.1316
        lex:la casa	-0.1317
        lex:curiosite	-0.1319
        lex:personale	-0.132
        lex:copper	-0.1321
        lex:ont adore	-0.1321
        lex:gerne wieder	-0.1322
        lex:it one	-0.1322
        lex:already got	-0.1324
        lex:here in	-0.1326
        lex:welche	-0.1326
        lex:podemos agendar	-0.1327
        lex:got ours	-0.1328
        lex:via the	-0.1328
        lex:complaints	-0.1329
        lex:no complaints	-0.1329
        lex:pour des	-0.1329
        lex:quarto	-0.133
        lex:nouveau	-0.1331
        lex:looking for	-0.1332
        lex:pisos	-0.1332
        lex:atenciosos	-0.1334
        lex:bain	-0.1335
        lex:de bain	-0.1335
        lex:las fotos	-0.1338
        lex:al primo	-0.1339
        lex:cake	-0.1339
        lex:la cuenta	-0.1339
        lex:ci siamo	-0.134
        lex:tres sympa	-0.134
        lex:ci sono	-0.1341
        lex:stayed	-0.1341
        lex:das im	-0.1342
        lex:promocao	-0.1342
        lex:puedo	-0.1342
        lex:van het	-0.1342
        lex:e la	-0.1343
        lex:garantia	-0.1343
        lex:scritto per	-0.1343
        lex:koln	-0.1345
        lex:qualified	-0.1345
        lex:sure	-0.1345
        lex:times	-0.1345
        lex:weiter	-0.1345
        lex:natal	-0.1346
        lex:volveria	-0.1346
        lex:hoe dit	-0.1347
        lex:volveremos	-0.1347
        lex:goede	-0.1348
        lex:compraria	-0.135
        lex:pacco	-0.1352
        lex:de kerkstraat	-0.1353
        lex:hallo	-0.1353
        lex:kerkstraat	-0.1353
        lex:brauch	-0.1355
        lex:hort	-0.1355
        lex:looks	-0.1355
        lex:notes	-0.1355
        lex:follow	-0.1356
        lex:obrigado	-0.1356
        lex:a promocao	-0.1358
        lex:follower reali	-0.1358
        lex:reali	-0.1358
        lex:casa	-0.136
        lex:fur nen	-0.136
        lex:coucou	-0.1364
        lex:laura	-0.1364
        lex:arbeit	-0.1367
        lex:natal e	-0.1368
        lex:ob	-0.137
        lex:fermes	-0.1372
        lex:les yeux	-0.1372
        lex:salon	-0.1372
        lex:yeux	-0.1372
        lex:yeux fermes	-0.1372
        lex:cherche une	-0.1373
        lex:per mia	-0.1374
        lex:but the	-0.1375
        lex:forfait	-0.1375
        lex:le forfait	-0.1375
        lex:rekening	-0.1375
        lex:grosshandler fur	-0.1376
        lex:est quel	-0.1378
        lex:in koln	-0.1378
        lex:que ondas	-0.1379
        lex:fijne plek	-0.138
        lex:quien puedo	-0.138
        lex:deja fait	-0.1381
        reply	-0.1381
        lex:ge	-0.1382
        lex:nao preciso	-0.1382
        lex:alle	-0.1383
        lex:nee	-0.1383
        lex:week and	-0.1383
        lex:whatever	-0.1383
        lex:last week	-0.1385
        lex:convosco	-0.1386
        lex:hair	-0.1386
        lex:best	-0.1387
        lex:buen	-0.1387
        lex:last year	-0.1387
        lex:vendredi	-0.1388
        lex:saved	-0.1389
        lex:vous vous	-0.1389
        lex:die jungs	-0.1391
        lex:still love	-0.1391
        lex:whole	-0.1391
        lex:e arrivato	-0.1393
        lex:interesting read	-0.1394
        lex:read	-0.1394
        lex:achter	-0.1395
        lex:laden	-0.1395
        lex:gegen	-0.1396
        lex:gesucht	-0.1396
        lex:necesitan	-0.1396
        lex:dienstleister	-0.1397
        lex:problema con	-0.1397
        lex:un problema	-0.1397
        lex:war das	-0.1397
        lex:if i	-0.1398
        lex:could	-0.1399
        lex:proveedor	-0.1399
        lex:service	-0.1399
        lex:bikes	-0.1401
        lex:bof	-0.1403
        lex:do you	-0.1403
        lex:weer	-0.1404
        lex:the whole	-0.1405
        lex:dave	-0.1406
        lex:laatste	-0.1406
        lex:ma e	-0.1407
        lex:vale	-0.1407
        lex:jantar	-0.1408
        lex:geen	-0.1409
        lex:nom	-0.1409
        lex:on se	-0.1409
        lex:the market	-0.141
        lex:perfeito	-0.1411
        lex:lens	-0.1412
        lex:t be	-0.1413
        lex:cabinet pour	-0.1414
        lex:peint	-0.1414
        lex:un cabinet	-0.1414
        lex:chien	-0.1416
        lex:is dat	-0.1417
        lex:vendredi soir	-0.1417
        lex:ca valait	-0.1423
        lex:e no	-0.1423
        lex:levering	-0.1423
        lex:valait	-0.1423
        lex:stayed in	-0.1425
        lex:voi	-0.1425
        lex:we stayed	-0.1425
        lex:de sabado	-0.1427
        lex:hab ich	-0.1428
        lex:reserver pour	-0.143
        lex:le mariage	-0.1431
        lex:e ainda	-0.1432
        lex:prenez pas	-0.1432
        lex:maravilha	-0.1433
        lex:professora	-0.1433
        lex:trouve	-0.1434
        lex:niente da	-0.1435
        lex:hours	-0.1438
        lex:jantar de	-0.1438
        lex:the	-0.1438
        lex:o jantar	-0.144
        lex:burger	-0.1441
        lex:coupure	-0.1442
        lex:to be	-0.1442
        lex:dell	-0.1443
        lex:olha o	-0.1443
        lex:avez besoin	-0.1444
        lex:dass	-0.1445
        lex:nemen jullie	-0.1445
        lex:warum	-0.1445
        lex:onde	-0.1448
        lex:jan	-0.1449
        lex:that the	-0.1452
        lex:num	-0.1453
        lex:jungs	-0.1454
        lex:the album	-0.1455
        lex:quello dell	-0.1456
        lex:bank	-0.1457
        lex:fur uns	-0.1457
        lex:una mail	-0.1458
        lex:st	-0.1459
        lex:ligt	-0.146
        lex:reis	-0.1461
        lex:the same	-0.1462
        lex:cancelled after	-0.1464
        lex:casamento da	-0.1465
        lex:on l	-0.1466
        lex:prijsverhoging	-0.1466
        lex:cherchez un	-0.1469
        lex:good service	-0.1469
        lex:lait	-0.147
        lex:appuntamento	-0.1471
        lex:curious	-0.1471
        lex:justo	-0.1471
        lex:dokter	-0.1476
        lex:dokter peeters	-0.1476
        lex:maandag weer	-0.1476
        lex:album	-0.1478
        lex:bueno	-0.1478
        lex:proprio	-0.1478
        lex:in town	-0.148
        lex:cleaners	-0.1481
        lex:lo voglio	-0.1481
        lex:st jean	-0.1481
        lex:direttamente	-0.1482
        lex:market	-0.1482
        lex:per giovedi	-0.1482
        lex:klare	-0.1483
        lex:convosco em	-0.1484
        lex:not paying	-0.1484
        lex:or just	-0.1484
        lex:zu spat	-0.1486
        lex:quanto ci	-0.1487
        lex:per le	-0.1488
        lex:facciamo	-0.149
        lex:tenia	-0.149
        lex:algun	-0.1491
        lex:uma	-0.1492
        lex:je recommande	-0.1495
        lex:champions	-0.1496
        lex:o pacote	-0.1496
        lex:pacote	-0.1496
        lex:bro	-0.1497
        lex:thank	-0.1497
        lex:thank you	-0.1497
        lex:agencia de	-0.1498
        lex:endlich	-0.1498
        lex:die schnelle	-0.15
        lex:aumentou	-0.1502
        lex:fees	-0.1503
        lex:hicimos	-0.1503
        lex:honestly can	-0.1503
        lex:last month	-0.1504
        lex:food	-0.1505
        lex:tout le	-0.1505
        lex:echt niet	-0.1506
        lex:billing	-0.1509
        lex:at	-0.151
        lex:finally	-0.151
        lex:pastel	-0.151
        lex:preise sind	-0.151
        lex:sind echt	-0.151
        lex:sleep	-0.151
        lex:voltaria	-0.151
        lex:you charge	-0.151
        lex:ici	-0.1511
        lex:pastel de	-0.1511
        lex:diploma	-0.1512
        lex:nonante	-0.1512
        lex:preise	-0.1512
        lex:gutschrift	-0.1513
        lex:waren	-0.1515
        lex:fotografo	-0.1517
        lex:cherchez	-0.1518
        lex:jemand	-0.1518
        lex:la bici	-0.1518
        lex:peeters	-0.1518
        lex:vous cherchez	-0.1518
        lex:does it	-0.1519
        lex:a deja	-0.1521
        lex:i run	-0.1522
        lex:meses e	-0.1522
        lex:estaba	-0.1523
        lex:abren	-0.1524
        lex:pour noel	-0.1527
        lex:the best	-0.1528
        lex:kaya	-0.1529
        lex:me contacter	-0.1531
        lex:or a	-0.1531
        lex:somos uma	-0.1531
        lex:divino	-0.1532
        lex:de braga	-0.1533
        lex:fricadelle	-0.1533
        lex:kijk	-0.1533
        lex:we used	-0.1533
        lex:algun dia	-0.1535
        lex:fou	-0.1536
        lex:song	-0.1536
        lex:pavos	-0.1537
        lex:letzten	-0.1538
        lex:me lo	-0.154
        lex:flores	-0.1542
        lex:better	-0.1543
        lex:est quelle	-0.1543
        lex:worth every	-0.1543
        lex:contente	-0.1544
        lex:nan	-0.1544
        lex:vabbe	-0.1544
        lex:diz	-0.1545
        lex:la vitrine	-0.1545
        lex:vitrine	-0.1545
        lex:run a	-0.1546
        lex:jullie nog	-0.1547
        lex:on y	-0.1547
        lex:mentira	-0.1548
        lex:way	-0.1548
        lex:anwarter	-0.1549
        lex:den anwarter	-0.1549
        lex:skilehrer	-0.1549
        lex:mins	-0.155
        lex:bravo pour	-0.1554
        lex:nata	-0.1554
        lex:wedding	-0.1556
        lex:ja levei	-0.1561
        lex:noch	-0.1561
        lex:un mois	-0.1561
        lex:equipe	-0.1563
        lex:la semaine	-0.1563
        lex:a proxima	-0.1564
        lex:a tu	-0.1564
        lex:entschieden	-0.1564
        lex:manco	-0.1564
        lex:manco morto	-0.1564
        lex:morto	-0.1564
        lex:pedir orcamento	-0.1564
        lex:je pourrais	-0.1568
        lex:pourrais	-0.1568
        lex:entrar	-0.1574
        lex:guest	-0.1574
        lex:guest spot	-0.1574
        lex:un dimanche	-0.1575
        lex:buy	-0.1579
        lex:charge	-0.1579
        lex:half	-0.1579
        lex:tua	-0.1579
        lex:price	-0.158
        lex:die saison	-0.1584
        lex:who was	-0.1587
        lex:bills	-0.1588
        lex:with someone	-0.159
        lex:faco	-0.1593
        lex:une panne	-0.1594
        lex:rembourser	-0.1595
        lex:instrutor	-0.1597
        lex:foi aqui	-0.1598
        lex:tout est	-0.1601
        lex:il pistacchio	-0.1604
        lex:in een	-0.1604
        lex:sanitair	-0.1605
        lex:agencia	-0.161
        lex:bonito	-0.1611
        lex:follia	-0.1611
        lex:una follia	-0.1611
        lex:know	-0.1612
        lex:spat	-0.1612
        lex:got my	-0.1613
        lex:hab den	-0.1613
        lex:kam nach	-0.1615
        lex:demo	-0.1616
        lex:est normal	-0.1618
        lex:lekker	-0.1618
        lex:knap	-0.1619
        lex:knap hoor	-0.1619
        lex:qualcuno sa	-0.1619
        lex:ans	-0.162
        lex:visite	-0.1621
        lex:every penny	-0.1622
        lex:penny	-0.1622
        lex:a achete	-0.1623
        lex:difference	-0.1623
        lex:saas bedrijven	-0.1623
        lex:voor saas	-0.1623
        lex:wurd	-0.1623
        lex:compra follower	-0.1625
        lex:blij	-0.1626
        lex:assessment	-0.1628
        lex:juste pour	-0.1629
        lex:was top	-0.1629
        lex:amando	-0.1631
        lex:un autre	-0.1632
        lex:down in	-0.1633
        lex:bedrijven	-0.1634
        lex:bier	-0.1635
        lex:en mi	-0.1636
        lex:self assessment	-0.1637
        lex:waard	-0.1637
        lex:faites	-0.1639
        lex:anderen	-0.164
        lex:y el	-0.164
        lex:siamo	-0.1641
        lex:angebot schicken	-0.1642
        lex:pior	-0.1642
        lex:dat	-0.1643
        lex:voulait vous	-0.1643
        lex:marketing	-0.1645
        lex:was the	-0.1645
        lex:agence	-0.1646
        lex:card	-0.1648
        lex:bons	-0.1649
        lex:siete aperti	-0.165
        lex:wie weet	-0.1652
        lex:how	-0.1654
        lex:mil gracias	-0.1654
        lex:contacto de	-0.1655
        lex:beitrag	-0.1657
        lex:comecar	-0.1657
        lex:on voulait	-0.1657
        lex:voulait	-0.1657
        lex:markt	-0.1658
        lex:comprerei	-0.166
        lex:ficou um	-0.166
        lex:troca de	-0.166
        lex:one on	-0.1662
        lex:un jour	-0.1663
        lex:a mortgage	-0.1665
        lex:piano	-0.1665
        lex:domaine	-0.1666
        lex:reclame	-0.1666
        lex:le jour	-0.1667
        lex:aulas	-0.1668
        lex:serve davvero	-0.1669
        lex:busy	-0.1673
        lex:embalagem	-0.1673
        lex:besoin	-0.1674
        lex:euch gern	-0.1674
        lex:wurden euch	-0.1674
        lex:alleen	-0.1675
        lex:a vossa	-0.1678
        lex:gehaald	-0.1679
        lex:altra	-0.168
        lex:ich immer	-0.168
        lex:of those	-0.168
        lex:playlist	-0.1684
        lex:die diskussion	-0.1686
        lex:diskussion	-0.1686
        lex:diskussion hier	-0.1686
        lex:forma	-0.1686
        lex:back in	-0.1688
        lex:solucao	-0.1688
        lex:bakker	-0.1689
        lex:savoir	-0.1692
        lex:oh	-0.1693
        lex:und wurden	-0.1693
        lex:con mi	-0.1694
        lex:dan nog	-0.1694
        lex:a ete	-0.1695
        lex:pour travaux	-0.1695
        lex:sofas	-0.1696
        lex:nur ein	-0.1697
        lex:went	-0.1697
        lex:el ramo	-0.1699
        lex:de nieuwe	-0.1701
        lex:foot	-0.1702
        lex:chat de	-0.1704
        lex:unserer hochzeit	-0.1704
        lex:flan	-0.171
        lex:do meu	-0.1711
        lex:chamar	-0.1712
        lex:semestre	-0.1714
        lex:round	-0.1715
        lex:a fait	-0.1716
        lex:unserer	-0.1716
        lex:clases	-0.1719
        lex:mars	-0.1722
        lex:pasta	-0.1722
        lex:sou	-0.1724
        lex:contratar	-0.1725
        lex:nooit	-0.1725
        lex:ich zahl	-0.1726
        lex:mas a	-0.1728
        lex:estao a	-0.1729
        lex:fate	-0.1732
        lex:recommend	-0.1733
        lex:village	-0.1735
        lex:bout	-0.1736
        lex:do they	-0.1737
        lex:gern ein	-0.1737
        lex:got the	-0.1737
        lex:luck	-0.1737
        lex:l	-0.1738
        lex:hier	-0.1739
        lex:road	-0.174
        lex:du village	-0.1741
        lex:also	-0.1743
        lex:quoi la	-0.1745
        lex:solucionaron	-0.1746
        lex:e stato	-0.1747
        lex:escriben	-0.1751
        lex:gedacht	-0.1751
        lex:me escriben	-0.1751
        lex:vraiment	-0.1754
        lex:paese	-0.1758
        lex:they were	-0.1758
        lex:spostato	-0.1759
        lex:faccio da	-0.1761
        lex:la faccio	-0.1761
        lex:ou je	-0.1763
        lex:amai	-0.1764
        lex:loro	-0.1764
        lex:toch	-0.1764
        lex:vale cada	-0.1764
        lex:el aniversario	-0.1766
        lex:heb mijn	-0.1766
        lex:in this	-0.1766
        lex:cancelado	-0.1767
        lex:soldi spesi	-0.1767
        lex:spesi	-0.1767
        lex:spesi benissimo	-0.1767
        lex:ik wou	-0.1768
        lex:wou	-0.1768
        lex:cubiertas	-0.1771
        lex:for it	-0.1773
        lex:avo	-0.1774
        lex:minha avo	-0.1774
        lex:diarios	-0.1777
        lex:anyone	-0.1778
        lex:diarios desde	-0.1778
        lex:als het	-0.1779
        lex:a settembre	-0.1781
        lex:das doppelte	-0.1782
        lex:doppelte	-0.1782
        lex:bin jetzt	-0.1784
        lex:is fine	-0.1784
        lex:salle	-0.1787
        lex:soldi	-0.1787
        lex:talk about	-0.1789
        lex:bout d	-0.179
        lex:re a	-0.1791
        lex:to start	-0.1791
        lex:kwartier	-0.1792
        lex:usate per	-0.1792
        lex:hatt	-0.1794
        lex:muy	-0.1794
        lex:ordinato	-0.1799
        lex:hasta	-0.18
        lex:parabens	-0.1803
        lex:peine	-0.1803
        lex:pour cette	-0.1803
        lex:usan	-0.1803
        lex:agency	-0.1805
        lex:vergogna	-0.1805
        lex:estao	-0.1806
        lex:klein	-0.1811
        lex:turno	-0.1812
        lex:au bout	-0.1813
        lex:qqn sait	-0.1814
        lex:fica	-0.182
        lex:km	-0.1822
        lex:suerte	-0.1823
        lex:roast	-0.1824
        lex:euro al	-0.1825
        lex:sieht	-0.1825
        lex:voi nel	-0.1826
        lex:todo dia	-0.1827
        lex:em agosto	-0.1828
        lex:roast in	-0.183
        lex:compre	-0.1832
        lex:parking	-0.1832
        lex:buena	-0.1835
        lex:porfa	-0.1837
        lex:las clases	-0.1838
        lex:kurzer call	-0.1841
        lex:la salle	-0.1841
        lex:filha ja	-0.1843
        lex:you lot	-0.1843
        lex:late	-0.1845
        lex:donc	-0.1846
        lex:heb ik	-0.1848
        lex:interesting	-0.1848
        lex:sont	-0.1848
        lex:toch niet	-0.1852
        lex:as aulas	-0.1853
        lex:desde casa	-0.1854
        lex:vous faites	-0.1854
        lex:aan de	-0.1859
        lex:ca vaut	-0.186
        lex:genial	-0.1861
        lex:off	-0.1861
        lex:de me	-0.1862
        lex:cabinet	-0.1863
        lex:encomendei	-0.1863
        lex:para a	-0.1863
        lex:left you	-0.1865
        lex:cherche un	-0.1868
        lex:con ofertas	-0.1868
        lex:ofertas	-0.1868
        lex:one	-0.1868
        lex:wochen auf	-0.187
        lex:pra outra	-0.1872
        lex:hasta las	-0.1873
        lex:hattet	-0.1873
        lex:hattet ihr	-0.1873
        lex:acabou	-0.1874
        lex:le chat	-0.1874
        lex:per i	-0.1876
        lex:um sonho	-0.1877
        lex:weisst	-0.1877
        lex:ficar	-0.1879
        lex:mia nonna	-0.1881
        lex:photo	-0.1881
        lex:with you	-0.1881
        lex:ganze	-0.1882
        lex:travaux	-0.1882
        lex:il conto	-0.1883
        lex:peu	-0.1884
        lex:turno para	-0.1884
        lex:abbiamo	-0.1885
        lex:ja tirei	-0.1886
        lex:levei	-0.1886
        lex:tirei	-0.1886
        lex:we got	-0.1888
        lex:merci pour	-0.189
        lex:l a	-0.1891
        lex:mailen	-0.1891
        lex:gars	-0.1892
        lex:those	-0.1892
        lex:und suchen	-0.1892
        lex:recrutez	-0.1894
        lex:la photo	-0.1896
        lex:jahren	-0.1897
        lex:ervaren	-0.1898
        lex:met mailen	-0.1899
        lex:stop met	-0.1899
        lex:wil niks	-0.1899
        lex:die preise	-0.1901
        lex:und	-0.1901
        lex:solar	-0.1904
        lex:ahora mismo	-0.1905
        lex:mejor	-0.1905
        lex:livrez a	-0.1906
        lex:chaque	-0.1907
        lex:months	-0.1907
        lex:kam	-0.1908
        lex:boulangerie	-0.1913
        lex:pour une	-0.1913
        lex:daje	-0.1914
        lex:musica a	-0.1916
        lex:sich	-0.1916
        lex:aprobe	-0.1917
        lex:shame	-0.192
        lex:solo	-0.192
        lex:kids loved	-0.1921
        lex:al mijn	-0.1926
        lex:fechei	-0.1926
        lex:kundigung ist	-0.1926
        lex:sfogliatelle	-0.1926
        lex:stato	-0.1927
        lex:lol	-0.1929
        lex:now	-0.1931
        lex:grandi	-0.1933
        lex:you still	-0.1933
        lex:we d	-0.1936
        lex:apprendisti	-0.1939
        lex:cercate apprendisti	-0.1939
        lex:lohnt	-0.194
        lex:lohnt sich	-0.194
        lex:conto	-0.1942
        lex:ours	-0.1942
        lex:ga	-0.1944
        lex:mal	-0.1945
        lex:feber	-0.1946
        lex:simple	-0.1947
        lex:el sabado	-0.195
        lex:o dia	-0.195
        lex:salle de	-0.195
        lex:still got	-0.195
        lex:vi mando	-0.1952
        lex:experiencia	-0.1954
        lex:passare	-0.1954
        lex:reservar para	-0.196
        lex:adore	-0.1961
        lex:war	-0.1961
        lex:termin	-0.1963
        lex:s been	-0.1966
        lex:man fur	-0.1968
        lex:dag	-0.1969
        lex:sicuramente	-0.197
        lex:is actually	-0.1974
        lex:mann	-0.1976
        lex:de gestion	-0.1977
        lex:oficina	-0.1977
        lex:llego el	-0.1981
        lex:pacote de	-0.1981
        lex:dale	-0.1982
        lex:i could	-0.1982
        lex:my	-0.1982
        lex:in casa	-0.1983
        lex:company	-0.1984
        lex:mando	-0.1984
        lex:ancora il	-0.1985
        lex:arte	-0.1986
        lex:frisst	-0.1986
        lex:booked	-0.1987
        lex:quando	-0.1989
        lex:na de	-0.199
        lex:olha	-0.199
        lex:real	-0.1992
        lex:reponse	-0.1992
        lex:arrivato	-0.1996
        lex:loads of	-0.1996
        lex:per chi	-0.1997
        lex:branch	-0.2001
        lex:selber	-0.2001
        lex:voor ons	-0.2002
        lex:a todo	-0.2006
        lex:we ordered	-0.2006
        lex:gutted	-0.2007
        lex:cateraar	-0.2011
        lex:een cateraar	-0.2011
        lex:nous a	-0.2012
        lex:cost	-0.2015
        lex:im sommer	-0.2016
        lex:award	-0.2017
        lex:est ce	-0.2017
        lex:reminder	-0.2018
        lex:retard	-0.2018
        lex:ya no	-0.2019
        lex:have the	-0.202
        lex:lembra	-0.202
        lex:ma mere	-0.2021
        lex:stylist	-0.2021
        lex:grosshandler	-0.2022
        lex:sind grosshandler	-0.2022
        lex:teamfoto	-0.2023
        lex:precisarem	-0.2024
        lex:semaine	-0.2024
        lex:vaut	-0.2026
        lex:from you	-0.2028
        lex:final me	-0.2032
        lex:prevenir	-0.2033
        lex:sans prevenir	-0.2033
        lex:tinha	-0.2034
        lex:yoga	-0.2034
        lex:pure io	-0.204
        lex:basta	-0.2041
        lex:gana	-0.2043
        lex:je peux	-0.2043
        lex:questi	-0.2046
        lex:no le	-0.2047
        lex:ue	-0.2051
        lex:le nom	-0.2052
        lex:cargo	-0.2054
        lex:toda a	-0.2055
        lex:e na	-0.2056
        lex:ela	-0.2056
        lex:torte	-0.2057
        lex:el local	-0.2058
        lex:most	-0.2058
        lex:tout a	-0.2059
        lex:un amor	-0.2063
        lex:alla	-0.2068
        lex:built	-0.2071
        lex:quel	-0.2076
        lex:in antwerpen	-0.2077
        lex:proficiat	-0.2077
        lex:wij zijn	-0.2077
        lex:la moitie	-0.2082
        lex:moitie	-0.2082
        lex:que era	-0.2084
        lex:rapido	-0.2088
        lex:und bin	-0.2089
        lex:ficar em	-0.2091
        lex:fur die	-0.2092
        lex:perche	-0.2094
        lex:you need	-0.2094
        lex:el lunes	-0.2096
        lex:obrigada pela	-0.2096
        lex:d	-0.2102
        lex:kopen als	-0.2102
        lex:ja teve	-0.2105
        lex:ramo	-0.2108
        lex:divinal	-0.2111
        lex:kaufen	-0.2111
        lex:pena que	-0.2111
        lex:zahl	-0.2111
        lex:me l	-0.2112
        lex:c est	-0.2114
        lex:welk	-0.2115
        lex:la peine	-0.2122
        lex:meilleur	-0.2124
        lex:nuovi	-0.2124
        lex:ravie	-0.2126
        lex:didn	-0.2127
        lex:didn t	-0.2127
        lex:so you	-0.213
        lex:bici	-0.2131
        lex:maquinas	-0.2132
        lex:tapis	-0.2134
        lex:paid	-0.2136
        lex:weil	-0.2136
        lex:weil mein	-0.2136
        lex:anyone know	-0.2138
        lex:like a	-0.2139
        lex:wedding in	-0.2139
        lex:en ik	-0.214
        review-3-stars	-0.2143
        lex:recommande	-0.2144
        lex:devolveram	-0.2145
        lex:ce qu	-0.2147
        lex:iscritta	-0.2152
        lex:work	-0.2152
        lex:jullie	-0.2157
        lex:amo	-0.2159
        lex:magico	-0.2164
        lex:instagram	-0.2171
        lex:il rimborso	-0.2173
        lex:were	-0.2173
        lex:sonho	-0.2175
        lex:demande	-0.2176
        lex:ook zo	-0.2176
        lex:possiamo	-0.2177
        lex:je demande	-0.2178
        lex:siete	-0.2179
        lex:an hour	-0.218
        lex:closing	-0.2183
        lex:closing the	-0.2183
        lex:da empresa	-0.2187
        lex:sono	-0.2187
        lex:klar	-0.2188
        lex:anmelden	-0.219
        lex:hour	-0.219
        lex:days	-0.2191
        lex:le lundi	-0.2192
        lex:lundi	-0.2192
        lex:genuinely	-0.2193
        lex:monde	-0.2197
        lex:mijn oma	-0.2198
        negated-cue	-0.2198
        lex:beaucoup	-0.22
        lex:on peut	-0.22
        lex:saison	-0.2201
        lex:lo que	-0.2204
        lex:com voces	-0.2205
        lex:mandam	-0.2207
        lex:einen	-0.2208
        lex:trading	-0.2209
        lex:actually	-0.2211
        lex:etwas	-0.2212
        lex:il migliore	-0.2212
        lex:de yoga	-0.2213
        lex:fabrique	-0.2213
        lex:fabrique des	-0.2213
        lex:je fabrique	-0.2213
        lex:in puglia	-0.2217
        lex:puglia	-0.2217
        lex:ericeira	-0.2219
        lex:ericeira hoje	-0.2219
        lex:fui	-0.2219
        lex:uma demo	-0.2219
        lex:esto	-0.222
        lex:talk	-0.222
        lex:soy	-0.2223
        lex:faccio	-0.2225
        lex:telling	-0.2225
        lex:telling me	-0.2225
        lex:call	-0.2226
        lex:nous	-0.2227
        lex:a l	-0.2228
        lex:a un	-0.2228
        lex:congrats on	-0.2228
        lex:ontem	-0.2228
        lex:ancora	-0.2229
        lex:hebben een	-0.2231
        lex:pas pour	-0.2231
        lex:zijn een	-0.2232
        lex:annule	-0.2236
        lex:loved	-0.2236
        lex:dans	-0.2237
        lex:doch	-0.2237
        lex:mehr	-0.2238
        lex:tuesday	-0.2238
        lex:use	-0.2239
        lex:non vi	-0.2241
        lex:cucarachas	-0.2242
        lex:october	-0.2243
        lex:problema	-0.2246
        lex:inkl	-0.2247
        lex:cancelei	-0.225
        lex:cuando	-0.2251
        lex:kurzer	-0.2251
        lex:farmacia	-0.2252
        lex:worst	-0.2252
        lex:quelqu	-0.2255
        lex:quelqu un	-0.2255
        lex:years	-0.2256
        lex:em	-0.2258
        lex:me acuerdo	-0.2262
        lex:nao me	-0.2263
        lex:min cette	-0.2265
        lex:professores	-0.2266
        lex:this one	-0.2267
        lex:or do	-0.2269
        lex:preciso	-0.2269
        lex:grusse	-0.2272
        lex:ihr das	-0.2272
        lex:wurd ich	-0.2272
        lex:beau	-0.2273
        lex:etait	-0.2273
        lex:ik zou	-0.2273
        lex:grace	-0.2274
        lex:grace a	-0.2274
        lex:post	-0.2274
        lex:llega	-0.2275
        lex:antwerpen	-0.2283
        lex:encore une	-0.2284
        lex:graag een	-0.2285
        lex:arbeitet	-0.2287
        lex:ferry	-0.2288
        lex:isso	-0.2292
        lex:huis	-0.2294
        lex:e so	-0.2299
        lex:my dad	-0.2301
        lex:farina	-0.2306
        lex:mulino	-0.2306
        lex:un mulino	-0.2306
        lex:this the	-0.2307
        lex:kurzes	-0.2312
        lex:dach	-0.2313
        lex:sommer	-0.2316
        lex:here for	-0.2317
        lex:weiss	-0.2318
        lex:de siempre	-0.232
        lex:a junior	-0.2321
        lex:openings for	-0.2321
        lex:mutuelle	-0.2323
        lex:overgestapt naar	-0.2323
        lex:cada centavo	-0.2325
        lex:centavo	-0.2325
        lex:an einem	-0.2328
        lex:in october	-0.2331
        lex:partner	-0.2331
        lex:saludos	-0.2332
        lex:jamais	-0.2334
        lex:der stadt	-0.2337
        lex:stadt	-0.2337
        lex:ik heb	-0.2338
        lex:info in	-0.2338
        lex:ma il	-0.2342
        lex:con le	-0.2343
        lex:jaar overgestapt	-0.2344
        lex:chef	-0.2345
        lex:m n	-0.2346
        lex:wie	-0.2349
        lex:adoro	-0.235
        lex:pedir	-0.2351
        lex:charge to	-0.2354
        lex:plus jamais	-0.2354
        lex:bene	-0.2358
        lex:cent	-0.2358
        lex:the price	-0.2363
        lex:sache	-0.2365
        lex:ferri	-0.2366
        lex:raum	-0.2366
        lex:salut	-0.2369
        lex:compras	-0.237
        lex:resolveram	-0.2371
        lex:wat een	-0.2373
        lex:allais	-0.2374
        lex:j allais	-0.2374
        lex:ist bei	-0.2375
        lex:la semana	-0.2376
        lex:sicher nicht	-0.2378
        lex:stand	-0.2379
        lex:hizo	-0.2381
        lex:zie	-0.2381
        lex:sind ein	-0.2382
        lex:zouden	-0.2384
        lex:fissare	-0.2386
        lex:myself	-0.2386
        lex:weeks	-0.2386
        lex:euros le	-0.2387
        lex:la foto	-0.2387
        lex:equipo	-0.2388
        lex:clients	-0.2389
        lex:uit de	-0.239
        lex:in my	-0.2393
        lex:se vi	-0.2395
        lex:vi serve	-0.2395
        lex:for these	-0.2399
        lex:niks meer	-0.2401
        lex:reais	-0.2401
        lex:un peu	-0.2407
        lex:bought	-0.2409
        lex:perfect	-0.2413
        lex:vor zwei	-0.2414
        lex:zwei jahren	-0.2414
        lex:ci vediamo	-0.2419
        lex:vediamo	-0.2419
        lex:sola	-0.242
        lex:your site	-0.242
        lex:would you	-0.2422
        lex:found someone	-0.2428
        lex:balles	-0.243
        lex:la doctora	-0.243
        lex:was going	-0.2435
        lex:sucht ihr	-0.2436
        lex:sur la	-0.2437
        lex:los	-0.244
        lex:habts	-0.2443
        lex:aprile	-0.2447
        lex:collaborazione	-0.2449
        lex:e non	-0.2449
        lex:nog eens	-0.2449
        lex:una collaborazione	-0.2449
        lex:brutais	-0.2451
        lex:hab	-0.2452
        lex:doctora	-0.2453
        lex:ya	-0.2457
        lex:excelente	-0.2461
        lex:cercate	-0.2462
        lex:town	-0.2465
        lex:de piano	-0.2466
        lex:sucht	-0.2466
        lex:io a	-0.2467
        lex:bas	-0.2468
        lex:serieux	-0.247
        lex:cent wert	-0.2473
        lex:et ils	-0.2473
        lex:jeden cent	-0.2473
        lex:because	-0.2486
        lex:ouvert	-0.249
        lex:von euch	-0.249
        lex:lost	-0.2491
        lex:quebec	-0.2491
        lex:au quebec	-0.2493
        lex:follower	-0.25
        lex:prijslijst	-0.2501
        lex:stuk	-0.2502
        lex:vraag	-0.2503
        lex:j ai	-0.2504
        lex:o meu	-0.2504
        lex:available	-0.2506
        lex:interesse an	-0.2506
        lex:que pena	-0.2506
        lex:aperta	-0.2509
        lex:genuinely asking	-0.2512
        lex:storung	-0.2513
        lex:quien	-0.252
        lex:d buy	-0.2521
        lex:katzen	-0.2527
        lex:non merci	-0.2528
        lex:lief	-0.2529
        lex:hotel	-0.253
        lex:beschikbaar	-0.2535
        lex:fait la	-0.2538
        lex:pela	-0.2545
        lex:sorry	-0.2546
        lex:switched	-0.2546
        lex:vu	-0.2549
        lex:vu la	-0.2549
        lex:unsere	-0.2552
        lex:wahnsinn	-0.2552
        lex:cheers	-0.2554
        lex:meine oma	-0.2554
        lex:euch machen	-0.2558
        lex:heb zelf	-0.2561
        lex:our wedding	-0.2564
        lex:who s	-0.2566
        lex:preso il	-0.2568
        lex:going to	-0.2569
        lex:fissare una	-0.2574
        lex:start monday	-0.2581
        lex:het voor	-0.2582
        lex:la clase	-0.2583
        lex:took	-0.2585
        lex:buongiorno	-0.2589
        lex:depa	-0.2589
        lex:else now	-0.2593
        lex:battery	-0.2594
        lex:la musica	-0.2596
        lex:una call	-0.2596
        lex:la mutuelle	-0.2597
        lex:mutuelle en	-0.2597
        lex:par la	-0.2597
        lex:profe	-0.2597
        lex:woanders	-0.2597
        lex:und wurde	-0.2599
        lex:votre	-0.2599
        lex:anyone else	-0.26
        lex:of this	-0.2604
        lex:im monat	-0.2608
        lex:poco	-0.2611
        lex:estou	-0.2618
        lex:self	-0.2618
        lex:monday	-0.2621
        lex:niet	-0.2622
        lex:zurucklegen	-0.2622
        lex:escriban	-0.2623
        lex:me escriban	-0.2623
        lex:ano passado	-0.2624
        lex:fruher	-0.2624
        lex:prevu	-0.2624
        lex:graag op	-0.2625
        lex:op jullie	-0.2625
        lex:cafe e	-0.2626
        lex:congrats	-0.2626
        lex:o e	-0.2635
        lex:rude	-0.2635
        lex:avoid	-0.2637
        lex:been on	-0.2639
        lex:si je	-0.264
        lex:m a	-0.2643
        lex:est pas	-0.2644
        lex:alguem	-0.2645
        lex:want this	-0.2645
        lex:wert	-0.2645
        lex:don	-0.2647
        lex:don t	-0.2647
        lex:niks	-0.2649
        lex:besteld	-0.265
        lex:goed	-0.2651
        lex:o poi	-0.2653
        lex:prima o	-0.2653
        lex:migliore	-0.2655
        lex:sorted	-0.2655
        lex:fine	-0.2657
        lex:schicken	-0.2657
        lex:torta	-0.2658
        lex:mich eigentlich	-0.2661
        lex:wollte mich	-0.2661
        lex:zero	-0.2661
        lex:does anyone	-0.2662
        lex:smettetela	-0.2663
        lex:smettetela di	-0.2663
        lex:deja	-0.2665
        lex:ist das	-0.2667
        lex:curiosita	-0.2676
        lex:liege	-0.2676
        lex:an dernier	-0.268
        lex:chat	-0.2683
        lex:austausch	-0.2685
        lex:ja estou	-0.2687
        lex:possiamo fissare	-0.2687
        lex:mas que	-0.269
        lex:ottimi	-0.269
        lex:lavoro	-0.2692
        lex:que le	-0.2692
        lex:ik had	-0.2698
        lex:in for	-0.2701
        lex:obra	-0.2702
        lex:secondo	-0.2714
        lex:la fete	-0.2716
        lex:tutti	-0.2716
        lex:iemand anders	-0.2717
        lex:mate	-0.2718
        lex:voi a	-0.272
        lex:teve	-0.2721
        lex:infinita	-0.2726
        lex:nog geen	-0.2726
        lex:in het	-0.2728
        lex:abbia	-0.273
        lex:che abbia	-0.273
        lex:have any	-0.2733
        lex:weg	-0.2741
        lex:price list	-0.2743
        lex:como se	-0.2747
        lex:elke	-0.2752
        lex:paciencia	-0.2752
        lex:that s	-0.2755
        lex:krypto	-0.2758
        lex:mit krypto	-0.2758
        lex:bar	-0.276
        lex:is het	-0.2766
        lex:ragazzi	-0.277
        lex:de obra	-0.2772
        lex:jaar	-0.2772
        lex:a milano	-0.2775
        lex:milano	-0.2775
        lex:precios	-0.2776
        lex:frag fur	-0.278
        lex:nu	-0.2782
        lex:wauw	-0.2782
        lex:presa	-0.2786
        lex:dat je	-0.2794
        lex:what a	-0.2797
        lex:vor	-0.2799
        lex:summer	-0.2808
        lex:bij jullie	-0.2809
        lex:eindelijk	-0.2814
        lex:tutto ok	-0.2817
        lex:have a	-0.2818
        lex:nix	-0.2822
        lex:my own	-0.2823
        lex:lavoro come	-0.2825
        lex:gracias por	-0.2833
        lex:again	-0.2835
        lex:qualche	-0.2837
        lex:imposible	-0.2843
        lex:het dorp	-0.2847
        lex:cercando	-0.2852
        lex:non c	-0.2855
        lex:con una	-0.2857
        lex:question	-0.2861
        lex:you have	-0.2866
        lex:en wil	-0.2869
        lex:een andere	-0.287
        lex:and need	-0.2872
        lex:benissimo	-0.2874
        lex:on tuesday	-0.2874
        lex:que no	-0.2874
        lex:export	-0.2875
        lex:no me	-0.2878
        lex:any openings	-0.2879
        lex:openings	-0.2879
        lex:fotos	-0.2884
        lex:sp	-0.2884
        lex:seguro	-0.2886
        lex:you ever	-0.2887
        lex:la festa	-0.2892
        lex:someone else	-0.2904
        lex:sabe si	-0.2911
        lex:waar	-0.2913
        lex:uberhaupt	-0.2914
        lex:schones	-0.2915
        lex:vossa	-0.2917
        lex:trop	-0.292
        lex:interessant	-0.2926
        lex:trotzdem nette	-0.2933
        lex:jajaja	-0.2934
        lex:lessen	-0.2934
        lex:gorgeous	-0.2935
        lex:yet or	-0.2935
        lex:chama no	-0.2941
        lex:ete	-0.2943
        lex:maquina	-0.2944
        lex:rapide	-0.2946
        lex:weiss jemand	-0.2951
        lex:apply	-0.2955
        lex:volte	-0.2958
        lex:ci ha	-0.2959
        lex:onesto	-0.2959
        lex:prezzo onesto	-0.2959
        lex:einem	-0.2963
        lex:beratung	-0.2965
        lex:vida	-0.2966
        lex:un sait	-0.2971
        lex:de novo	-0.2972
        lex:wil graag	-0.2972
        lex:ils	-0.2973
        lex:is die	-0.2973
        lex:melde	-0.2975
        lex:melde mich	-0.2975
        lex:novo	-0.2982
        lex:arrancamos	-0.2985
        lex:arrancamos el	-0.2985
        lex:op de	-0.2985
        lex:my kids	-0.2987
        lex:recomendo	-0.2988
        lex:you re	-0.299
        lex:filmpje	-0.2992
        lex:jeden	-0.2993
        lex:welke	-0.2994
        lex:somos	-0.2995
        lex:el ano	-0.2997
        lex:idea	-0.2998
        lex:much would	-0.2998
        lex:data	-0.3
        lex:mine	-0.3
        lex:uber die	-0.3006
        lex:even	-0.3008
        lex:eventos	-0.3018
        lex:mooi	-0.3018
        lex:reel	-0.3026
        lex:hoje	-0.3032
        lex:fair	-0.3035
        lex:cleaner	-0.3042
        lex:this morning	-0.3044
        lex:siamo una	-0.3045
        lex:schnelle lieferung	-0.3047
        lex:paying	-0.3049
        lex:coni	-0.3052
        lex:bufala	-0.3053
        lex:spot	-0.3054
        lex:amor	-0.3055
        lex:all	-0.3056
        lex:inutile	-0.3057
        lex:inutile de	-0.3057
        lex:par	-0.3057
        lex:ah non	-0.3059
        lex:ma l	-0.3062
        lex:yrs	-0.3067
        lex:estava	-0.3069
        lex:boh	-0.307
        lex:acuerdo	-0.3071
        lex:pazienza	-0.3071
        lex:site on	-0.3073
        lex:torneremo	-0.3073
        lex:geworden	-0.3077
        lex:siamo un	-0.3082
        lex:did	-0.3084
        lex:ha	-0.3088
        lex:dorp	-0.3089
        lex:altro	-0.3092
        lex:ai	-0.3094
        lex:uber eine	-0.3095
        lex:tutto	-0.3096
        lex:li ho	-0.3118
        lex:perfetti	-0.3118
        lex:pay	-0.3121
        lex:articolo	-0.3122
        lex:tschuss	-0.3129
        lex:a natale	-0.3132
        lex:kopen	-0.3133
        lex:mich gern	-0.3137
        lex:autre	-0.3138
        lex:marcacao	-0.3141
        lex:fazer uma	-0.3142
        lex:quelle	-0.3149
        lex:ai em	-0.3153
        lex:voces	-0.3157
        lex:nie	-0.3163
        lex:nel	-0.3164
        lex:domenica	-0.3165
        lex:ola	-0.3165
        lex:la margherita	-0.3169
        lex:cosi	-0.3171
        lex:got	-0.3172
        lex:obrigada	-0.3172
        lex:the summer	-0.3177
        lex:bravo	-0.3183
        lex:warn	-0.3194
        lex:est toujours	-0.32
        lex:empresa	-0.3207
        lex:banco	-0.3211
        lex:a mi	-0.3214
        lex:y	-0.3214
        lex:fast	-0.3215
        lex:nunca	-0.3227
        lex:al final	-0.3229
        lex:final	-0.3229
        lex:nette	-0.3229
        lex:interesse in	-0.3231
        lex:passati	-0.3232
        lex:das auch	-0.3243
        lex:quem	-0.3245
        lex:scuse	-0.3245
        lex:already	-0.3246
        lex:it true	-0.3248
        lex:wij hebben	-0.3254
        lex:auf	-0.3255
        lex:minutes	-0.3257
        lex:voor de	-0.3257
        lex:ferragosto	-0.326
        lex:pregunta	-0.3266
        lex:software de	-0.3268
        lex:il numero	-0.3271
        lex:weer open	-0.3272
        lex:ter info	-0.3273
        lex:colazione con	-0.3274
        lex:con torte	-0.3274
        lex:fatte	-0.3274
        lex:fatte in	-0.3274
        lex:torte fatte	-0.3274
        lex:clinicas	-0.3276
        lex:euro	-0.3276
        lex:werk	-0.3281
        lex:haha	-0.3284
        lex:loved it	-0.3286
        lex:drop a	-0.3289
        lex:list round	-0.3289
        lex:altijd	-0.329
        lex:podemos	-0.3292
        lex:it ll	-0.3296
        lex:a local	-0.3297
        lex:to fix	-0.3297
        lex:sillon	-0.33
        lex:di natale	-0.3301
        lex:danke fur	-0.3303
        lex:is dit	-0.3305
        lex:partie	-0.3305
        lex:true	-0.3307
        lex:festa di	-0.3311
        lex:these days	-0.3312
        lex:a price	-0.3319
        lex:wel	-0.3319
        lex:drop	-0.332
        lex:lunes	-0.3323
        lex:site	-0.3324
        lex:mi hanno	-0.3325
        lex:azienda	-0.3327
        lex:un azienda	-0.3327
        lex:est la	-0.3331
        lex:mere	-0.3331
        lex:al giorno	-0.3332
        lex:found	-0.3334
        lex:guadagna	-0.3334
        lex:mi novio	-0.3334
        lex:novio	-0.3334
        lex:bien	-0.3335
        lex:preso	-0.3335
        lex:azienda di	-0.3338
        lex:demais	-0.3339
        lex:jetzt	-0.3339
        lex:hoy	-0.3344
        lex:bin	-0.3347
        lex:portato	-0.3347
        lex:dat jullie	-0.3348
        lex:list	-0.3348
        lex:giorno	-0.3353
        lex:volumen	-0.3353
        lex:l ho	-0.3354
        lex:pa mi	-0.3363
        lex:cherche	-0.3376
        lex:what	-0.3376
        lex:bordeaux	-0.3378
        lex:appelez	-0.3382
        lex:professor	-0.3386
        lex:wollte	-0.3398
        lex:eh	-0.34
        lex:euros	-0.34
        lex:o casamento	-0.3405
        lex:zit er	-0.3406
        lex:nickel	-0.3407
        lex:je cherche	-0.3414
        lex:davvero	-0.3417
        lex:going	-0.343
        lex:hard	-0.3432
        lex:price of	-0.3433
        lex:zondag	-0.3433
        lex:laisse	-0.3435
        lex:tosa	-0.3435
        lex:serve	-0.345
        lex:ou so	-0.3453
        lex:vicino	-0.346
        lex:ma la	-0.3463
        lex:passare a	-0.3463
        lex:het	-0.3473
        lex:onze	-0.3477
        lex:especial	-0.3483
        lex:content	-0.3494
        lex:zijn jullie	-0.3494
        lex:alguem mais	-0.3502
        lex:met de	-0.3503
        lex:meses	-0.3507
        lex:loads	-0.3509
        lex:bom	-0.351
        lex:zou	-0.3515
        lex:clase	-0.352
        lex:ordered the	-0.3524
        lex:valeu	-0.3524
        lex:aan	-0.3525
        lex:comprei	-0.3537
        lex:ou	-0.3539
        lex:zelf	-0.3539
        lex:sicher	-0.3541
        lex:ano	-0.3544
        lex:barato	-0.3546
        lex:altrove	-0.3547
        lex:il mio	-0.3548
        review-4-5-stars	-0.3556
        lex:carta	-0.3569
        lex:en general	-0.3569
        lex:general	-0.3569
        lex:great	-0.3578
        lex:software	-0.3588
        lex:jammer	-0.3597
        lex:envoie	-0.3598
        lex:vous envoie	-0.3598
        lex:quiero pa	-0.3609
        lex:de donde	-0.3612
        lex:donde es	-0.3612
        lex:macht ihr	-0.3616
        lex:and still	-0.3617
        lex:ano pasado	-0.3621
        lex:last	-0.363
        lex:to see	-0.3655
        lex:sowas	-0.3663
        lex:on a	-0.3665
        lex:mag ik	-0.3672
        lex:alles	-0.3673
        lex:y a	-0.3677
        lex:outra	-0.3679
        lex:pena	-0.368
        lex:servus	-0.3684
        lex:salve	-0.369
        lex:esa	-0.3692
        lex:margherita	-0.3693
        lex:total	-0.3707
        lex:il sabato	-0.3708
        lex:jaja	-0.3708
        lex:cuantos	-0.3714
        lex:demande pour	-0.372
        lex:j	-0.3732
        lex:ese	-0.3733
        lex:posto	-0.3736
        lex:pasado	-0.3765
        lex:came	-0.3768
        lex:is that	-0.377
        lex:gemiddeld	-0.3778
        lex:old	-0.3784
        lex:experience	-0.3793
        lex:saisi	-0.3803
        lex:anche la	-0.3806
        lex:casamento	-0.3813
        lex:oder	-0.382
        lex:procurando	-0.3822
        lex:to procurando	-0.3822
        lex:iemand of	-0.3827
        lex:jour	-0.3827
        lex:of de	-0.3827
        lex:weet iemand	-0.3827
        lex:ormai	-0.383
        lex:ondas	-0.3831
        lex:install	-0.3836
        lex:eigenlijk	-0.3839
        lex:jullie open	-0.3857
        lex:osteo	-0.3865
        lex:un concurrent	-0.3876
        lex:a ferragosto	-0.388
        lex:fica para	-0.3882
        lex:siempre	-0.3895
        lex:chez	-0.3896
        lex:si la	-0.3905
        lex:trade	-0.3917
        lex:nachbar	-0.3918
        lex:est bon	-0.3931
        lex:o orcamento	-0.3931
        lex:de la	-0.3937
        lex:musica	-0.394
        lex:proxima	-0.394
        lex:hi	-0.3948
        lex:bike	-0.3958
        lex:offen	-0.3968
        lex:de noel	-0.3969
        lex:beste	-0.398
        lex:junior	-0.3983
        lex:room	-0.3983
        lex:col	-0.3993
        lex:donde	-0.3995
        lex:nicht	-0.3995
        lex:just	-0.4017
        lex:sind	-0.4022
        lex:thanks	-0.4028
        lex:mooie	-0.403
        lex:anders	-0.4033
        lex:chez un	-0.4036
        lex:mag	-0.4038
        lex:ia	-0.4041
        lex:ma siete	-0.4049
        lex:hoi	-0.4054
        lex:temos	-0.4061
        lex:uit	-0.4069
        lex:zijn	-0.4087
        lex:used to	-0.4088
        lex:concurrent	-0.4089
        stated-not-asked	-0.4094
        lex:beter	-0.4096
        lex:wir sind	-0.4096
        lex:ni	-0.4104
        lex:frag nur	-0.4113
        lex:six	-0.4117
        lex:chama	-0.412
        lex:euch	-0.4121
        lex:aus der	-0.4135
        lex:codigo	-0.4141
        lex:ein	-0.4141
        lex:niet meer	-0.4142
        lex:available in	-0.4156
        lex:entregador	-0.4158
        lex:why	-0.4166
        lex:worth it	-0.4192
        lex:le votre	-0.4223
        lex:asking	-0.4234
        lex:angebot machen	-0.4249
        lex:di	-0.4254
        lex:nodig	-0.4261
        lex:minuten	-0.4268
        lex:je suis	-0.4274
        lex:passado	-0.4282
        lex:winter	-0.4286
        lex:un	-0.4308
        lex:fete de	-0.4309
        lex:life	-0.432
        lex:my life	-0.432
        lex:so curiosidade	-0.4326
        lex:danke	-0.4338
        lex:vroeger	-0.4349
        lex:gerne	-0.4358
        lex:numero	-0.4376
        lex:dernier	-0.4388
        lex:tbh	-0.4393
        lex:habts ihr	-0.4394
        lex:never	-0.4394
        lex:ahora	-0.4396
        lex:ik ben	-0.4398
        lex:orcamento	-0.4398
        lex:is this	-0.4402
        lex:l an	-0.4422
        lex:mee	-0.4469
        lex:through	-0.4484
        lex:en mp	-0.4485
        lex:colazione	-0.4488
        lex:bit	-0.4492
        lex:not me	-0.4508
        lex:pass	-0.4518
        lex:que	-0.4524
        lex:leaving	-0.4526
        lex:tan	-0.4536
        lex:suis	-0.458
        lex:abgesagt	-0.4592
        lex:lassen	-0.4593
        lex:pass rate	-0.4614
        lex:sms	-0.4616
        lex:t	-0.4622
        lex:foto	-0.463
        lex:shooter	-0.4633
        lex:ich bin	-0.464
        lex:ravie de	-0.464
        lex:serais ravie	-0.4642
        lex:wieder	-0.4642
        lex:local	-0.4644
        lex:schnelle	-0.4662
        lex:these	-0.4662
        lex:for one	-0.4684
        lex:sait si	-0.4704
        lex:se la	-0.4706
        lex:usate	-0.4708
        lex:vandaag	-0.4713
        lex:une demo	-0.4714
        lex:maandag	-0.4723
        lex:alguien sabe	-0.4746
        lex:festa	-0.4746
        lex:this	-0.4753
        lex:weekend	-0.4787
        lex:dispo pour	-0.4792
        lex:parents	-0.4813
        lex:coaches	-0.4828
        lex:large	-0.4848
        lex:toda	-0.4848
        lex:tank	-0.4877
        lex:dank	-0.4891
        lex:domingo	-0.4905
        lex:ein angebot	-0.4908
        lex:video	-0.4908
        lex:je serais	-0.494
        lex:serais	-0.494
        lex:you in	-0.4956
        lex:in dm	-0.4957
        lex:moins	-0.4961
        lex:loco	-0.4985
        lex:deste	-0.4996
        lex:chiedo	-0.5006
        lex:propose	-0.5022
        lex:propose un	-0.5022
        lex:wij	-0.5041
        lex:otra	-0.5043
        lex:oma	-0.506
        lex:every	-0.5064
        lex:lembras	-0.5073
        lex:lembras te	-0.5073
        lex:eens	-0.5077
        lex:curiosidade	-0.5082
        lex:change	-0.5086
        lex:disponibili	-0.5126
        lex:sa se	-0.5127
        lex:yo	-0.5133
        lex:euch eigentlich	-0.5154
        lex:hat	-0.5155
        lex:prima	-0.5159
        lex:settimane	-0.5177
        lex:i m	-0.5186
        lex:darf ich	-0.5211
        lex:la domenica	-0.5211
        lex:tout	-0.5233
        lex:io	-0.5235
        lex:ever	-0.5254
        lex:en el	-0.5299
        lex:wann	-0.5323
        lex:merci	-0.5332
        lex:pregunto	-0.5333
        lex:min	-0.5356
        lex:ho	-0.5378
        lex:ma	-0.5408
        lex:op maandag	-0.5411
        lex:normal	-0.5414
        lex:cher	-0.5419
        lex:sait	-0.5449
        lex:foi	-0.5489
        lex:noel	-0.5496
        lex:dommage	-0.5497
        lex:sa	-0.5506
        lex:praia	-0.5525
        lex:darf	-0.5527
        lex:have	-0.553
        lex:weet	-0.556
        lex:here	-0.5582
        lex:hanno	-0.5583
        lex:open	-0.5635
        lex:schone	-0.5676
        lex:used	-0.5728
        lex:gracias	-0.575
        lex:todo	-0.5756
        lex:vie	-0.5776
        curiosity	-0.5835
        lex:marque	-0.5899
        lex:worth	-0.5909
        lex:uber	-0.592
        lex:that	-0.6002
        lex:app	-0.6049
        lex:so	-0.6087
        lex:ter	-0.6117
        lex:es	-0.614
        lex:frag	-0.6151
        lex:macht	-0.6202
        lex:plus	-0.6213
        lex:photographe	-0.623
        lex:dopo	-0.6298
        lex:in the	-0.6298
        lex:hey	-0.6326
        lex:who	-0.637
        lex:lieferung	-0.6374
        lex:qui	-0.6504
        lex:meer	-0.6557
        lex:see	-0.6579
        past	-0.686
        lex:zo	-0.6863
        lex:else	-0.6975
        lex:dj	-0.7098
        lex:vos	-0.7181
        lex:echt	-0.7192
        lex:natale	-0.7222
        lex:had	-0.7256
        lex:not	-0.7303
        lex:aber	-0.7312
        lex:mais	-0.7339
        lex:chiedo per	-0.7362
        lex:sitio	-0.7392
        lex:ciao	-0.7393
        lex:ya me	-0.7444
        lex:was	-0.7466
        lex:ordered	-0.7634
        lex:ben	-0.7696
        lex:ah	-0.7864
        lex:mercado	-0.7916
        lex:sabe se	-0.7951
        lex:aus	-0.8345
        lex:book	-0.8516
        lex:pero	-0.8528
        lex:era	-0.8672
        sarcasm	-0.8824
        lex:che	-0.9104
        lex:alguem sabe	-0.9235
        lex:trotzdem	-0.9401
        lex:eigentlich	-0.9882
        lex:mas	-1.0342
        lex:interesse	-1.2539
        praise	-1.3215
        off-topic	-1.3854
        lex:sabe	-1.3995
        multi-tag	-1.5479
        resolved	-1.7047
        stated-in-past	-1.7928
        seller-intro	-1.8869
        abuse	-1.9443
        rejection	-2.0522
        memory	-2.1093
        laughter	-2.1739
        giveaway	-2.538
        rhetorical	-2.548
        vendor-pitch	-2.5761
        follower-spam	-2.7202
        non-customer	-2.9961
        self-promotion	-3.0011
        emoji-only	-3.0171
        withdrawn	-3.1463
        job-seeker	-3.1513
        refusal	-3.3296
        intent:availability:availability-ask	3.1295
        intent:availability:availability-question	1.981
        intent:availability:price-shape	1.4144
        intent:availability:review-4-5-stars	1.0604
        intent:availability:praise	0.6122
        intent:availability:question	0.5869
        intent:availability:booking-noun	0.5778
        intent:availability:complaint-with-request	0.5605
        intent:availability:timing	0.4232
        intent:availability:question-opener	0.4116
        intent:availability:complaint	0.3516
        intent:availability:current-provider	0.3226
        intent:availability:purchase-topic	0.3143
        intent:availability:purchase-ask	0.2942
        intent:availability:refusal	0.2674
        intent:availability:long-text	0.259
        intent:availability:booking-ask	0.2269
        intent:availability:booking-request	0.1694
        intent:availability:addressed-question	0.1235
        intent:availability:negated-cue	0.0773
        intent:availability:switching	0.0263
        intent:availability:withdrawn	-0.0002
        intent:availability:resolved	-0.0047
        intent:availability:(bias)	-0.0098
        intent:availability:non-customer	-0.0109
        intent:availability:rejection	-0.0158
        intent:availability:future-visit	-0.0229
        intent:availability:abuse	-0.0348
        intent:availability:seller-intro	-0.0393
        intent:availability:curiosity	-0.0686
        intent:availability:party-size	-0.0788
        intent:availability:off-topic	-0.096
        intent:availability:conditional-offer	-0.1051
        intent:availability:imperative-request	-0.1256
        intent:availability:stated-not-asked	-0.1315
        intent:availability:rhetorical	-0.1346
        intent:availability:callback-promise	-0.1478
        intent:availability:job-seeker	-0.1904
        intent:availability:mention	-0.2267
        intent:availability:sarcasm	-0.2438
        intent:availability:stated-in-past	-0.2514
        intent:availability:tag-plan	-0.2601
        intent:availability:how-much	-0.3005
        intent:availability:follower-spam	-0.3318
        intent:availability:contact-ask	-0.3926
        intent:availability:seeking-replacement	-0.4033
        intent:availability:need-plan	-0.4075
        intent:availability:reply	-0.4395
        intent:availability:review-1-2-stars	-0.447
        intent:availability:review-3-stars	-0.4574
        intent:availability:request	-0.4997
        intent:availability:vendor-pitch	-0.5375
        intent:availability:recovery	-0.5888
        intent:availability:laughter	-0.5971
        intent:availability:multi-tag	-0.6599
        intent:availability:giveaway	-0.6849
        intent:availability:friend-tag	-0.6974
        intent:availability:deal-ask	-0.8128
        intent:availability:contact-sent	-0.8546
        intent:availability:price-word	-0.8699
        intent:availability:past	-0.9291
        intent:availability:price-ask	-0.9991
        intent:availability:sign-up	-1.0913
        intent:availability:lex:in	0.4604
        intent:availability:lex:any	0.4271
        intent:availability:lex:tienen	0.3889
        intent:availability:lex:or	0.3162
        intent:availability:lex:no	0.2971
        intent:availability:lex:en la	0.2649
        intent:availability:lex:noch	0.2497
        intent:availability:lex:el	0.2487
        intent:availability:lex:des	0.226
        intent:availability:lex:queria	0.2231
        intent:availability:lex:se	0.2163
        intent:availability:lex:anyone	0.2157
        intent:availability:lex:week	0.2059
        intent:availability:lex:of	0.1958
        intent:availability:lex:new	0.1668
        intent:availability:lex:die	0.1645
        intent:availability:lex:january	0.1628
        intent:availability:lex:le	0.162
        intent:availability:lex:vorrei sapere	0.1617
        intent:availability:lex:sapere	0.1608
        intent:availability:lex:is	0.1566
        intent:availability:lex:wollen	0.1545
        intent:availability:lex:a galera	0.1521
        intent:availability:lex:galera	0.1521
        intent:availability:lex:c e	0.1488
        intent:availability:lex:segunda	0.1483
        intent:availability:lex:or is	0.1481
        intent:availability:lex:queria passar	0.1442
        intent:availability:lex:vorrei	0.1433
        intent:availability:lex:in leeds	0.1421
        intent:availability:lex:boiler	0.1414
        intent:availability:lex:je suis	0.1392
        intent:availability:lex:suis	0.1392
        intent:availability:lex:noch in	0.136
        intent:availability:lex:gibts	0.1335
        intent:availability:lex:today	0.1327
        intent:availability:lex:passar	0.1322
        intent:availability:lex:alguem	0.1319
        intent:availability:lex:leeds	0.1318
        intent:availability:lex:habts	0.1313
        intent:availability:lex:am	0.1299
        intent:availability:lex:julio	0.1281
        intent:availability:lex:casa	0.1269
        intent:availability:lex:in de	0.1265
        intent:availability:lex:since	0.1263
        intent:availability:lex:la noche	0.1247
        intent:availability:lex:noche	0.1247
        intent:availability:lex:m	0.1237
        intent:availability:lex:riuscite	0.1234
        intent:availability:lex:riuscite a	0.1234
        intent:availability:lex:agosto	0.1209
        intent:availability:lex:got any	0.1198
        intent:availability:lex:got	0.1197
        intent:availability:lex:still	0.1195
        intent:availability:lex:evening	0.1187
        intent:availability:lex:left	0.1185
        intent:availability:lex:il	0.1173
        intent:availability:lex:de casa	0.1163
        intent:availability:lex:casamos	0.116
        intent:availability:lex:passo	0.1144
        intent:availability:lex:cita	0.114
        intent:availability:lex:fiquei	0.1131
        intent:availability:lex:has	0.1131
        intent:availability:lex:been	0.1126
        intent:availability:lex:desks	0.1119
        intent:availability:lex:em	0.1117
        intent:availability:lex:les	0.1108
        intent:availability:lex:que	0.1104
        intent:availability:lex:en	0.1102
        intent:availability:lex:know	0.1102
        intent:availability:lex:booked	0.1101
        intent:availability:lex:se me	0.1096
        intent:availability:lex:demain	0.1091
        intent:availability:lex:pode vir	0.1091
        intent:availability:lex:mesa	0.109
        intent:availability:lex:sto	0.1087
        intent:availability:lex:rotto	0.1086
        intent:availability:lex:voces	0.1067
        intent:availability:lex:para hoy	0.1058
        intent:availability:lex:aprem	0.1052
        intent:availability:lex:hora	0.1049
        intent:availability:lex:roma	0.1049
        intent:availability:lex:se e	0.1049
        intent:availability:lex:via roma	0.1049
        intent:availability:lex:trilocale	0.1048
        intent:availability:lex:possibile	0.1044
        intent:availability:lex:someone	0.1037
        intent:availability:lex:sto a	0.1037
        intent:availability:lex:cita para	0.1031
        intent:availability:lex:buen	0.1025
        intent:availability:lex:in via	0.1023
        intent:availability:lex:domingo	0.1022
        intent:availability:lex:packed	0.1022
        intent:availability:lex:packed in	0.1022
        intent:availability:lex:sabado	0.1019
        intent:availability:lex:area	0.1017
        intent:availability:lex:feriado	0.1016
        intent:availability:lex:tenes	0.101
        intent:availability:lex:bis	0.0997
        intent:availability:lex:para el	0.0997
        intent:availability:lex:le samedi	0.0995
        intent:availability:lex:quando	0.0992
        intent:availability:lex:space	0.099
        intent:availability:lex:sunday	0.0987
        intent:availability:lex:casamento	0.0984
        intent:availability:lex:casamento em	0.0984
        intent:availability:lex:em minas	0.0984
        intent:availability:lex:kitchen	0.0983
        intent:availability:lex:can anyone	0.0981
        intent:availability:lex:em agosto	0.0981
        intent:availability:lex:place demain	0.0981
        intent:availability:lex:know if	0.0972
        intent:availability:lex:vir	0.0971
        intent:availability:lex:voces fazem	0.097
        intent:availability:lex:avez de	0.0969
        intent:availability:lex:hay	0.0966
        intent:availability:lex:alguem pode	0.0958
        intent:availability:lex:any chance	0.0956
        intent:availability:lex:start	0.0952
        intent:availability:lex:zeit	0.0951
        intent:availability:lex:minas	0.0943
        intent:availability:lex:avez	0.094
        intent:availability:lex:chance	0.0938
        intent:availability:lex:demain aprem	0.0937
        intent:availability:lex:hat	0.092
        intent:availability:lex:che la	0.0913
        intent:availability:lex:che passo	0.0913
        intent:availability:lex:chiamatemi	0.0913
        intent:availability:lex:fosse	0.0913
        intent:availability:lex:gentilissimi	0.0913
        intent:availability:lex:peccato	0.0913
        intent:availability:lex:peccato che	0.0913
        intent:availability:lex:volevo	0.0913
        intent:availability:lex:passo a	0.091
        intent:availability:lex:s	0.091
        intent:availability:lex:vcs	0.091
        intent:availability:lex:therme	0.0908
        intent:availability:lex:no feriado	0.0907
        intent:availability:lex:quiero	0.09
        intent:availability:lex:kommen	0.0895
        intent:availability:lex:buongiorno	0.0892
        intent:availability:lex:montatura	0.0892
        intent:availability:lex:in january	0.0878
        intent:availability:lex:appena	0.0877
        intent:availability:lex:nog in	0.0874
        intent:availability:lex:i still	0.087
        intent:availability:lex:order for	0.0869
        intent:availability:lex:making a	0.0865
        intent:availability:lex:via	0.0865
        intent:availability:lex:making	0.0864
        intent:availability:lex:noise	0.0864
        intent:availability:lex:el viernes	0.0862
        intent:availability:lex:einen	0.0861
        intent:availability:lex:wien	0.086
        intent:availability:lex:losing	0.0855
        intent:availability:lex:s been	0.0855
        intent:availability:lex:covers	0.0853
        intent:availability:lex:viernes	0.0851
        intent:availability:lex:arriva	0.085
        intent:availability:lex:oder	0.085
        intent:availability:lex:samedi	0.085
        intent:availability:lex:taking	0.0849
        intent:availability:lex:is the	0.0846
        intent:availability:lex:queria levar	0.0843
        intent:availability:lex:pode	0.0839
        intent:availability:lex:vi	0.0834
        intent:availability:lex:ihr am	0.0833
        intent:availability:lex:eh	0.0831
        intent:availability:lex:suis a	0.0812
        intent:availability:lex:a bergamo	0.0811
        intent:availability:lex:bergamo	0.081
        intent:availability:lex:plantao	0.0805
        intent:availability:lex:the new	0.0804
        intent:availability:lex:vs	0.0803
        intent:availability:lex:cusco	0.0802
        intent:availability:lex:desayuno	0.0802
        intent:availability:lex:en cusco	0.0802
        intent:availability:lex:mis	0.0802
        intent:availability:lex:rico	0.0801
        intent:availability:lex:evier	0.08
        intent:availability:lex:fuite sous	0.08
        intent:availability:lex:l evier	0.08
        intent:availability:lex:sous l	0.08
        intent:availability:lex:free this	0.0798
        intent:availability:lex:sous	0.0796
        intent:availability:lex:free the	0.0792
        intent:availability:lex:fuite	0.0792
        intent:availability:lex:chiquito	0.0791
        intent:availability:lex:fully	0.0787
        intent:availability:lex:clients	0.0786
        intent:availability:lex:new clients	0.0786
        intent:availability:lex:taking new	0.0786
        intent:availability:lex:hoy en	0.0782
        intent:availability:lex:noch ein	0.0779
        intent:availability:lex:las negras	0.0778
        intent:availability:lex:negras	0.0778
        intent:availability:lex:o ya	0.0778
        intent:availability:lex:tienen en	0.0778
        intent:availability:lex:ya se	0.0778
        intent:availability:lex:gibt	0.0768
        intent:availability:lex:de queijo	0.0766
        intent:availability:lex:familia	0.0766
        intent:availability:lex:kids	0.0766
        intent:availability:lex:pao de	0.0766
        intent:availability:lex:pra familia	0.0766
        intent:availability:lex:queijo	0.0766
        intent:availability:lex:pegar	0.0765
        intent:availability:lex:papas	0.076
        intent:availability:lex:course	0.0754
        intent:availability:lex:aumento	0.0753
        intent:availability:lex:lentes	0.0753
        intent:availability:lex:lentes de	0.0753
        intent:availability:lex:til	0.0748
        intent:availability:lex:tem no	0.0747
        intent:availability:lex:ausbaufahig	0.0744
        intent:availability:lex:bereich	0.0744
        intent:availability:lex:fruhstuck	0.0744
        intent:availability:lex:gibt s	0.0744
        intent:availability:lex:janner noch	0.0744
        intent:availability:lex:there	0.0743
        intent:availability:lex:spa	0.0742
        intent:availability:lex:a grinding	0.0741
        intent:availability:lex:anyone at	0.0741
        intent:availability:lex:grinding	0.0741
        intent:availability:lex:grinding noise	0.0741
        intent:availability:lex:tmrw	0.0741
        intent:availability:lex:allo	0.0739
        intent:availability:lex:spargel	0.0738
        intent:availability:lex:pouvez passer	0.0735
        intent:availability:lex:schoner	0.0732
        intent:availability:lex:tamanho	0.0726
        intent:availability:lex:bakfiets	0.0725
        intent:availability:lex:bakfiets nog	0.0725
        intent:availability:lex:die bakfiets	0.0725
        intent:availability:lex:water	0.0725
        intent:availability:lex:week of	0.0725
        intent:availability:lex:car	0.0724
        intent:availability:lex:aura	0.0722
        intent:availability:lex:vaga	0.0722
        intent:availability:lex:volver	0.0715
        intent:availability:lex:familie	0.0713
        intent:availability:lex:weer	0.0713
        intent:availability:lex:wollen mit	0.0713
        intent:availability:lex:de gootsteen	0.0712
        intent:availability:lex:gootsteen	0.0712
        intent:availability:lex:need someone	0.0711
        intent:availability:lex:mit der	0.0709
        intent:availability:lex:cedo	0.0707
        intent:availability:lex:asap	0.0705
        intent:availability:lex:at it	0.0704
        intent:availability:lex:in again	0.0703
        intent:availability:lex:ausg	0.0702
        intent:availability:lex:ausg steckt	0.0702
        intent:availability:lex:samstag no	0.0702
        intent:availability:lex:steckt	0.0702
        intent:availability:lex:signed	0.07
        intent:availability:lex:pao	0.0699
        intent:availability:lex:been waiting	0.0694
        intent:availability:lex:verkocht	0.0694
        intent:availability:lex:winkel	0.0694
        intent:availability:lex:fur a	0.0693
        intent:availability:lex:wird	0.0693
        intent:availability:lex:waiting	0.0692
        intent:availability:lex:otimo	0.0691
        intent:availability:lex:queria no	0.0691
        intent:availability:lex:fijne	0.069
        intent:availability:lex:ik zou	0.069
        intent:availability:lex:no meu	0.069
        intent:availability:lex:essen	0.0689
        intent:availability:lex:pasar por	0.0688
        intent:availability:lex:weten	0.0688
        intent:availability:lex:que hora	0.0687
        intent:availability:lex:zou graag	0.0687
        intent:availability:lex:levar	0.0686
        intent:availability:lex:un peu	0.0685
        intent:availability:lex:zou	0.0685
        intent:availability:lex:a que	0.0684
        intent:availability:lex:avete	0.0684
        intent:availability:lex:fico	0.0684
        intent:availability:lex:la semana	0.0683
        intent:availability:lex:peu	0.0683
        intent:availability:lex:you have	0.0683
        intent:availability:lex:que eu	0.0682
        intent:availability:lex:faites les	0.0681
        intent:availability:lex:for a	0.068
        intent:availability:lex:mag	0.068
        intent:availability:lex:antes de	0.0678
        intent:availability:lex:adults	0.0677
        intent:availability:lex:hoje em	0.0677
        intent:availability:lex:depois do	0.0676
        intent:availability:lex:feira	0.0676
        intent:availability:lex:tao	0.0676
        intent:availability:lex:treino	0.0676
        intent:availability:lex:vcs tao	0.0676
        intent:availability:lex:ik me	0.0675
        intent:availability:lex:weer een	0.0675
        intent:availability:lex:onder	0.0672
        intent:availability:lex:onder de	0.0672
        intent:availability:lex:after	0.0668
        intent:availability:lex:soon	0.0667
        intent:availability:lex:these in	0.0667
        intent:availability:lex:weg	0.0667
        intent:availability:lex:wide	0.0667
        intent:availability:lex:agora	0.0665
        intent:availability:lex:es algo	0.0665
        intent:availability:lex:algo	0.0664
        intent:availability:lex:pasar	0.0664
        intent:availability:lex:des nouvelles	0.0663
        intent:availability:lex:nouvelles	0.0663
        intent:availability:lex:chiquito en	0.0662
        intent:availability:lex:yours	0.0662
        intent:availability:lex:en talla	0.066
        intent:availability:lex:le week	0.066
        intent:availability:lex:talla	0.066
        intent:availability:lex:talla m	0.066
        intent:availability:lex:week end	0.066
        intent:availability:lex:clientes	0.0659
        intent:availability:lex:e qualcuno	0.0657
        intent:availability:lex:slots	0.0655
        intent:availability:lex:ce l	0.0654
        intent:availability:lex:l avete	0.0654
        intent:availability:lex:ultimo	0.0654
        intent:availability:lex:atendimento	0.0652
        intent:availability:lex:semana que	0.0651
        intent:availability:lex:aguardo	0.065
        intent:availability:lex:comida	0.065
        intent:availability:lex:la comida	0.065
        intent:availability:lex:servico	0.0649
        intent:availability:lex:no a	0.0646
        intent:availability:lex:woch	0.0646
        intent:availability:lex:in utrecht	0.0644
        intent:availability:lex:this week	0.0644
        intent:availability:lex:eich	0.0642
        intent:availability:lex:griass eich	0.0642
        intent:availability:lex:algo chiquito	0.0641
        intent:availability:lex:griass	0.0641
        intent:availability:lex:furs wochenende	0.064
        intent:availability:lex:wochenende	0.064
        intent:availability:lex:tropft	0.0638
        intent:availability:lex:iemand	0.0637
        intent:availability:lex:che	0.0636
        intent:availability:lex:la muneca	0.0636
        intent:availability:lex:muneca	0.0636
        intent:availability:lex:the week	0.0636
        intent:availability:lex:walk ins	0.0635
        intent:availability:lex:mesa para	0.063
        intent:availability:lex:diese	0.0625
        intent:availability:lex:la manana	0.0624
        intent:availability:lex:tem	0.0624
        intent:availability:lex:augsburg	0.0621
        intent:availability:lex:in augsburg	0.0621
        intent:availability:lex:ins	0.062
        intent:availability:lex:antes	0.0616
        intent:availability:lex:faites	0.0615
        intent:availability:lex:free	0.0614
        intent:availability:lex:bornes	0.0613
        intent:availability:lex:bornes de	0.0613
        intent:availability:lex:de recharge	0.0613
        intent:availability:lex:heute	0.0613
        intent:availability:lex:recharge	0.0613
        intent:availability:lex:suis en	0.0613
        intent:availability:lex:im keller	0.0612
        intent:availability:lex:tem vaga	0.0612
        intent:availability:lex:cucina	0.0611
        intent:availability:lex:habts ihr	0.0611
        intent:availability:lex:meteen	0.0611
        intent:availability:lex:cottage	0.0607
        intent:availability:lex:delivery	0.0607
        intent:availability:lex:the cottage	0.0607
        intent:availability:lex:kg	0.0605
        intent:availability:lex:venir	0.0603
        intent:availability:lex:spaniel	0.0602
        intent:availability:lex:paris	0.0601
        intent:availability:lex:hot	0.06
        intent:availability:lex:chaqueta	0.0596
        intent:availability:lex:la chaqueta	0.0596
        intent:availability:lex:t2 em	0.0595
        intent:availability:lex:alguem de	0.0594
        intent:availability:lex:savoir	0.0594
        intent:availability:lex:session	0.0594
        intent:availability:lex:tu	0.0594
        intent:availability:lex:la rentree	0.0593
        intent:availability:lex:rentree	0.0593
        intent:availability:lex:end	0.0592
        intent:availability:lex:t2	0.0592
        intent:availability:lex:stock	0.0591
        intent:availability:lex:il y	0.0589
        intent:availability:lex:puede llamar	0.0588
        intent:availability:lex:schrijf ik	0.0586
        intent:availability:lex:stanotte	0.0585
        intent:availability:lex:test	0.0584
        intent:availability:lex:sept	0.0583
        intent:availability:lex:late	0.058
        intent:availability:lex:lo scaldabagno	0.058
        intent:availability:lex:scaldabagno	0.058
        intent:availability:lex:capacity	0.0577
        intent:availability:lex:la web	0.0577
        intent:availability:lex:move a	0.0577
        intent:availability:lex:web	0.0577
        intent:availability:lex:in cucina	0.0576
        intent:availability:lex:she	0.0576
        intent:availability:lex:im janner	0.0575
        intent:availability:lex:lo quiero	0.0574
        intent:availability:lex:passer	0.0574
        intent:availability:lex:getting married	0.0573
        intent:availability:lex:married	0.0573
        intent:availability:lex:re getting	0.0573
        intent:availability:lex:to move	0.0573
        intent:availability:lex:a small	0.0572
        intent:availability:lex:getting	0.0572
        intent:availability:lex:llamar	0.0572
        intent:availability:lex:fazem	0.057
        intent:availability:lex:lenta	0.0568
        intent:availability:lex:se le	0.0568
        intent:availability:lex:in a	0.0567
        intent:availability:lex:un po	0.0567
        intent:availability:lex:walk	0.0566
        intent:availability:lex:se a	0.0565
        intent:availability:lex:staat	0.0562
        intent:availability:lex:po	0.056
        intent:availability:lex:pa mi	0.0559
        intent:availability:lex:sabado en	0.0559
        intent:availability:lex:tenes turno	0.0555
        intent:availability:lex:di nuovo	0.0554
        intent:availability:lex:di tedesco	0.0554
        intent:availability:lex:falls	0.0554
        intent:availability:lex:kompetent	0.0554
        intent:availability:lex:nuovo	0.0554
        intent:availability:lex:serale	0.0554
        intent:availability:lex:sofort	0.0554
        intent:availability:lex:tedesco	0.0554
        intent:availability:lex:wirklich	0.0554
        intent:availability:lex:delle	0.0549
        intent:availability:lex:nao	0.0549
        intent:availability:lex:furs	0.0548
        intent:availability:lex:ich komm	0.0548
        intent:availability:lex:a laval	0.0545
        intent:availability:lex:laval	0.0545
        intent:availability:lex:eu	0.0544
        intent:availability:lex:con	0.0542
        intent:availability:lex:desks free	0.0542
        intent:availability:lex:schrijf	0.0542
        intent:availability:lex:want to	0.0541
        intent:availability:lex:look at	0.054
        intent:availability:lex:fecha	0.0539
        intent:availability:lex:gerne	0.0538
        intent:availability:lex:too	0.0538
        intent:availability:lex:ainda esta	0.0537
        intent:availability:lex:esta disponivel	0.0537
        intent:availability:lex:komm	0.0537
        intent:availability:lex:o t2	0.0537
        intent:availability:lex:ship	0.0534
        intent:availability:lex:keller	0.0532
        intent:availability:lex:subito	0.0532
        intent:availability:lex:vous pouvez	0.0531
        intent:availability:lex:sale	0.0528
        intent:availability:lex:pal	0.0525
        intent:availability:lex:these	0.0524
        intent:availability:lex:chance of	0.0522
        intent:availability:lex:bravissima	0.052
        intent:availability:lex:tem o	0.0519
        intent:availability:lex:cottage free	0.0518
        intent:availability:lex:hija	0.0518
        intent:availability:lex:kaum	0.0518
        intent:availability:lex:mi hija	0.0518
        intent:availability:lex:again	0.0517
        intent:availability:lex:il corso	0.0517
        intent:availability:lex:prof	0.0517
        intent:availability:lex:centro de	0.0516
        intent:availability:lex:saturday	0.0515
        intent:availability:lex:wer	0.0511
        intent:availability:lex:still available	0.0509
        intent:availability:lex:vous faites	0.0509
        intent:availability:lex:hoje	0.0507
        intent:availability:lex:admin	0.0504
        intent:availability:lex:boa	0.0504
        intent:availability:lex:if the	0.0504
        intent:availability:lex:love to	0.0504
        intent:availability:lex:teachers	0.0504
        intent:availability:lex:wants	0.0504
        intent:availability:lex:wants to	0.0504
        intent:availability:lex:pls	0.0503
        intent:availability:lex:lugar	0.0502
        intent:availability:lex:uhr	0.0502
        intent:availability:lex:que viene	0.05
        intent:availability:lex:would love	0.0498
        intent:availability:lex:green	0.0494
        intent:availability:lex:hebben jullie	0.0494
        intent:availability:lex:the green	0.0494
        intent:availability:lex:christmas	0.0489
        intent:availability:lex:este sabado	0.0489
        intent:availability:lex:para este	0.0489
        intent:availability:lex:de	0.0487
        intent:availability:lex:naja	0.0487
        intent:availability:lex:tuesday	0.0487
        intent:availability:lex:we need	0.0487
        intent:availability:lex:easter	0.0486
        intent:availability:lex:space for	0.0486
        intent:availability:lex:weitermachen	0.0486
        intent:availability:lex:in negozio	0.0485
        intent:availability:lex:negozio a	0.0485
        intent:availability:lex:de julio	0.0482
        intent:availability:lex:marz wieder	0.0482
        intent:availability:lex:del video	0.048
        intent:availability:lex:hebben	0.048
        intent:availability:lex:la mesa	0.048
        intent:availability:lex:look	0.048
        intent:availability:lex:small	0.048
        intent:availability:lex:video	0.048
        intent:availability:lex:pour les	0.0479
        intent:availability:lex:am samstag	0.0478
        intent:availability:lex:nog	0.0478
        intent:availability:lex:qualcuno	0.0474
        intent:availability:lex:for christmas	0.0473
        intent:availability:lex:viene	0.0473
        intent:availability:lex:direct	0.0472
        intent:availability:lex:living	0.0472
        intent:availability:lex:anything	0.0471
        intent:availability:lex:b1	0.0471
        intent:availability:lex:direkt	0.0471
        intent:availability:lex:es	0.0471
        intent:availability:lex:level	0.0471
        intent:availability:lex:spanish	0.0471
        intent:availability:lex:french	0.047
        intent:availability:lex:after the	0.0469
        intent:availability:lex:on serait	0.0469
        intent:availability:lex:place in	0.0469
        intent:availability:lex:anyone know	0.0468
        intent:availability:lex:no p	0.0465
        intent:availability:lex:es pa	0.0464
        intent:availability:lex:fit	0.0463
        intent:availability:lex:prenez	0.0463
        intent:availability:lex:vous prenez	0.0463
        intent:availability:lex:com a	0.0461
        intent:availability:lex:hay que	0.046
        intent:availability:lex:in stock	0.046
        intent:availability:lex:tiempo	0.046
        intent:availability:lex:hot water	0.0458
        intent:availability:lex:juillet	0.0458
        intent:availability:lex:no hot	0.0458
        intent:availability:lex:est encore	0.0456
        intent:availability:lex:boa tarde	0.0455
        intent:availability:lex:fri	0.0455
        intent:availability:lex:office	0.0455
        intent:availability:lex:p	0.0455
        intent:availability:lex:dal	0.0453
        intent:availability:lex:will	0.0451
        intent:availability:lex:the opening	0.0449
        intent:availability:lex:week or	0.0449
        intent:availability:lex:you got	0.0449
        intent:availability:lex:rammed	0.0445
        intent:availability:lex:bit	0.0444
        intent:availability:lex:janner	0.0443
        intent:availability:lex:wann	0.0441
        intent:availability:lex:good	0.044
        intent:availability:lex:gibts die	0.0438
        intent:availability:lex:vous l	0.0437
        intent:availability:lex:bimbo	0.0433
        intent:availability:lex:wat	0.0433
        intent:availability:lex:lo	0.0431
        intent:availability:lex:e rotto	0.0429
        intent:availability:lex:mi si	0.0429
        intent:availability:lex:rotto lo	0.0429
        intent:availability:lex:si e	0.0429
        intent:availability:lex:group	0.0427
        intent:availability:lex:il est	0.0427
        intent:availability:lex:den	0.0426
        intent:availability:lex:super	0.0423
        intent:availability:lex:and i	0.0419
        intent:availability:lex:site	0.0418
        intent:availability:lex:pouvez	0.0416
        intent:availability:lex:turno	0.0415
        intent:availability:lex:alguien	0.0414
        intent:availability:lex:esta	0.0414
        intent:availability:lex:vrij	0.0413
        intent:availability:lex:wurde	0.0413
        intent:availability:lex:a course	0.0412
        intent:availability:lex:course of	0.0412
        intent:availability:lex:get to	0.0412
        intent:availability:lex:pueda	0.0412
        intent:availability:lex:gostaria	0.0408
        intent:availability:lex:gostaria de	0.0408
        intent:availability:lex:plek	0.0408
        intent:availability:lex:serait	0.0407
        intent:availability:lex:needs	0.0406
        intent:availability:lex:ancora	0.0405
        intent:availability:lex:disponible	0.04
        intent:availability:lex:e il	0.04
        intent:availability:lex:este	-0.04
        intent:availability:lex:lunedi	-0.0401
        intent:availability:lex:brandt	-0.0402
        intent:availability:lex:en het	-0.0402
        intent:availability:lex:vorige week	-0.0402
        intent:availability:lex:vorige	-0.0403
        intent:availability:lex:ca	-0.0405
        intent:availability:lex:essa	-0.0406
        intent:availability:lex:desde	-0.0407
        intent:availability:lex:opgehaald	-0.0407
        intent:availability:lex:come si	-0.0408
        intent:availability:lex:day	-0.0409
        intent:availability:lex:lauft	-0.0409
        intent:availability:lex:le contrat	-0.041
        intent:availability:lex:porto	-0.041
        intent:availability:lex:envoyez	-0.0411
        intent:availability:lex:twice	-0.0411
        intent:availability:lex:dias	-0.0413
        intent:availability:lex:if so	-0.0415
        intent:availability:lex:bei	-0.0416
        intent:availability:lex:mudamos	-0.0416
        intent:availability:lex:mudamos a	-0.0416
        intent:availability:lex:nos mudamos	-0.0416
        intent:availability:lex:working	-0.0417
        intent:availability:lex:das auch	-0.0418
        intent:availability:lex:freitag	-0.0418
        intent:availability:lex:mochte	-0.0418
        intent:availability:lex:s das	-0.0418
        intent:availability:lex:trial	-0.042
        intent:availability:lex:tem quarto	-0.0421
        intent:availability:lex:heb	-0.0422
        intent:availability:lex:what	-0.0422
        intent:availability:lex:essa semana	-0.0423
        intent:availability:lex:can	-0.0425
        intent:availability:lex:e a	-0.0426
        intent:availability:lex:huber	-0.0426
        intent:availability:lex:vous m	-0.0426
        intent:availability:lex:reserve	-0.0428
        intent:availability:lex:j ai	-0.0429
        intent:availability:lex:sempre	-0.0429
        intent:availability:lex:mayo	-0.043
        intent:availability:lex:patienten	-0.043
        intent:availability:lex:private	-0.0434
        intent:availability:lex:con vosotros	-0.0435
        intent:availability:lex:vosotros	-0.0435
        intent:availability:lex:anni	-0.0437
        intent:availability:lex:quarto	-0.0437
        intent:availability:lex:wir	-0.0437
        intent:availability:lex:famille	-0.0439
        intent:availability:lex:tonight	-0.0439
        intent:availability:lex:plan	-0.0441
        intent:availability:lex:que me	-0.0441
        intent:availability:lex:la tarde	-0.0442
        intent:availability:lex:nhs	-0.0443
        intent:availability:lex:come funziona	-0.0445
        intent:availability:lex:funziona	-0.0445
        intent:availability:lex:buying	-0.0446
        intent:availability:lex:buying the	-0.0446
        intent:availability:lex:info	-0.0446
        intent:availability:lex:live	-0.0446
        intent:availability:lex:payday	-0.0447
        intent:availability:lex:from	-0.0449
        intent:availability:lex:est quoi	-0.045
        intent:availability:lex:gostamos	-0.0451
        intent:availability:lex:gostamos muito	-0.0451
        intent:availability:lex:muito da	-0.0451
        intent:availability:lex:nessa	-0.0451
        intent:availability:lex:quarto com	-0.0451
        intent:availability:lex:pour notre	-0.0452
        intent:availability:lex:cama	-0.0453
        intent:availability:lex:accettate	-0.0454
        intent:availability:lex:dentista	-0.0454
        intent:availability:lex:famiglia	-0.0454
        intent:availability:lex:nicht	-0.0454
        intent:availability:lex:pazienti	-0.0454
        intent:availability:lex:collection	-0.0455
        intent:availability:lex:ja agora	-0.0455
        intent:availability:lex:paso	-0.0455
        intent:availability:lex:nuovi	-0.0456
        intent:availability:lex:olive	-0.0456
        intent:availability:lex:one tonight	-0.0456
        intent:availability:lex:suchen	-0.0457
        intent:availability:lex:fate	-0.0461
        intent:availability:lex:hele	-0.0461
        intent:availability:lex:mp	-0.0462
        intent:availability:lex:serve un	-0.0466
        intent:availability:lex:acaba	-0.0468
        intent:availability:lex:om	-0.0469
        intent:availability:lex:moet ik	-0.0472
        intent:availability:lex:of moet	-0.0472
        intent:availability:lex:when	-0.0472
        intent:availability:lex:but	-0.048
        intent:availability:lex:euch	-0.0482
        intent:availability:lex:mon	-0.0482
        intent:availability:lex:book	-0.0483
        intent:availability:lex:extra	-0.0483
        intent:availability:lex:contrat	-0.0484
        intent:availability:lex:sair	-0.0484
        intent:availability:lex:still have	-0.0485
        intent:availability:lex:annuale	-0.0487
        intent:availability:lex:moet	-0.0487
        intent:availability:lex:meier	-0.0488
        intent:availability:lex:no meier	-0.0488
        intent:availability:lex:nous	-0.0488
        intent:availability:lex:sin	-0.0489
        intent:availability:lex:altura	-0.0491
        intent:availability:lex:auch in	-0.0491
        intent:availability:lex:down for	-0.0496
        intent:availability:lex:two	-0.05
        intent:availability:lex:ende	-0.0508
        intent:availability:lex:potete	-0.0508
        intent:availability:lex:y queremos	-0.0511
        intent:availability:lex:does	-0.0515
        intent:availability:lex:langskomen	-0.0516
        intent:availability:lex:de mi	-0.0518
        intent:availability:lex:down	-0.0518
        intent:availability:lex:las	-0.0519
        intent:availability:lex:that	-0.0519
        intent:availability:lex:probefahrt	-0.0521
        intent:availability:lex:class	-0.0528
        intent:availability:lex:en marzo	-0.0529
        intent:availability:lex:naar kijken	-0.0531
        intent:availability:lex:quero	-0.0533
        intent:availability:lex:available for	-0.0536
        intent:availability:lex:grosse	-0.0536
        intent:availability:lex:in this	-0.0536
        intent:availability:lex:is he	-0.0536
        intent:availability:lex:you do	-0.0539
        intent:availability:lex:decembre	-0.054
        intent:availability:lex:on the	-0.0541
        intent:availability:lex:nog steeds	-0.0542
        intent:availability:lex:kijken	-0.0543
        intent:availability:lex:same	-0.0544
        intent:availability:lex:jullie een	-0.0546
        intent:availability:lex:comunion	-0.0552
        intent:availability:lex:quoi	-0.0553
        intent:availability:lex:tutta la	-0.0559
        intent:availability:lex:another	-0.0561
        intent:availability:lex:cupo	-0.0562
        intent:availability:lex:cupo en	-0.0562
        intent:availability:lex:ausverkauft	-0.0563
        intent:availability:lex:basel	-0.0563
        intent:availability:lex:e mi	-0.0563
        intent:availability:lex:in basel	-0.0563
        intent:availability:lex:ist es	-0.0563
        intent:availability:lex:krieg	-0.0563
        intent:availability:lex:mi serve	-0.0563
        intent:availability:lex:tutta	-0.0565
        intent:availability:lex:mijn	-0.0567
        intent:availability:lex:ist	-0.0571
        intent:availability:lex:bij	-0.0572
        intent:availability:lex:notre	-0.0572
        intent:availability:lex:trainer	-0.0572
        intent:availability:lex:d	-0.0573
        intent:availability:lex:voltamos	-0.0574
        intent:availability:lex:der schweiz	-0.0576
        intent:availability:lex:schweiz	-0.0576
        intent:availability:lex:avete posto	-0.0579
        intent:availability:lex:dispo a	-0.0579
        intent:availability:lex:etes dispo	-0.0579
        intent:availability:lex:nemen jullie	-0.0582
        intent:availability:lex:nieuwe patienten	-0.0582
        intent:availability:lex:nog nieuwe	-0.0582
        intent:availability:lex:patienten aan	-0.0582
        intent:availability:lex:ne	-0.0584
        intent:availability:lex:can you	-0.0587
        intent:availability:lex:mes	-0.0587
        intent:availability:lex:nemen	-0.0593
        intent:availability:lex:knippen	-0.0596
        intent:availability:lex:nos	-0.0598
        intent:availability:lex:nach	-0.0599
        intent:availability:lex:jeudi	-0.06
        intent:availability:lex:platze	-0.06
        intent:availability:lex:marcar a	-0.0602
        intent:availability:lex:avant	-0.0604
        intent:availability:lex:posto	-0.0604
        intent:availability:lex:het hele	-0.0605
        intent:availability:lex:utrecht en	-0.0605
        intent:availability:lex:aan	-0.0606
        intent:availability:lex:verhuizen in	-0.0606
        intent:availability:lex:we verhuizen	-0.0606
        intent:availability:lex:una	-0.0607
        intent:availability:lex:verhuizen	-0.0607
        intent:availability:lex:prova	-0.0608
        intent:availability:lex:moeten	-0.0609
        intent:availability:lex:est	-0.061
        intent:availability:lex:queria marcar	-0.061
        intent:availability:lex:auf	-0.0613
        intent:availability:lex:demo	-0.0615
        intent:availability:lex:ou	-0.0615
        intent:availability:lex:serve	-0.0615
        intent:availability:lex:voor het	-0.0615
        intent:availability:lex:donderdagavond	-0.0619
        intent:availability:lex:em julho	-0.0619
        intent:availability:lex:julho	-0.0619
        intent:availability:lex:laden	-0.0626
        intent:availability:lex:ai	-0.0628
        intent:availability:lex:prezzo	-0.063
        intent:availability:lex:who s	-0.0631
        intent:availability:lex:for the	-0.0633
        intent:availability:lex:baard	-0.0634
        intent:availability:lex:j	-0.0634
        intent:availability:lex:ich das	-0.0635
        intent:availability:lex:los	-0.0638
        intent:availability:lex:lukt	-0.0638
        intent:availability:lex:lukt dat	-0.0638
        intent:availability:lex:son	-0.064
        intent:availability:lex:um	-0.0647
        intent:availability:lex:depois	-0.0648
        intent:availability:lex:month	-0.065
        intent:availability:lex:steeds	-0.065
        intent:availability:lex:moglich	-0.0653
        intent:availability:lex:they	-0.0654
        intent:availability:lex:the	-0.0659
        intent:availability:lex:muito	-0.0661
        intent:availability:lex:mi	-0.0662
        intent:availability:lex:one	-0.0672
        intent:availability:lex:in der	-0.0676
        intent:availability:lex:april	-0.0685
        intent:availability:lex:immer	-0.0689
        intent:availability:lex:a sherbrooke	-0.0691
        intent:availability:lex:sherbrooke	-0.0691
        intent:availability:lex:fa	-0.0696
        intent:availability:lex:who	-0.0697
        intent:availability:lex:june	-0.0703
        intent:availability:lex:ver	-0.0705
        intent:availability:lex:a los	-0.071
        intent:availability:lex:chicos	-0.071
        intent:availability:lex:donde	-0.071
        intent:availability:lex:meses	-0.071
        intent:availability:lex:encore de	-0.0713
        intent:availability:lex:cambian	-0.0716
        intent:availability:lex:pensando	-0.0717
        intent:availability:lex:ook	-0.072
        intent:availability:lex:ok	-0.0721
        intent:availability:lex:he	-0.0727
        intent:availability:lex:possible	-0.0727
        intent:availability:lex:link	-0.0734
        intent:availability:lex:manana	-0.0734
        intent:availability:lex:ma	-0.0741
        intent:availability:lex:table	-0.0744
        intent:availability:lex:s the	-0.0749
        intent:availability:lex:gezin	-0.0752
        intent:availability:lex:pers	-0.0758
        intent:availability:lex:vou	-0.076
        intent:availability:lex:ya	-0.0763
        intent:availability:lex:estan	-0.0772
        intent:availability:lex:gern	-0.0776
        intent:availability:lex:cada	-0.0778
        intent:availability:lex:wo	-0.0778
        intent:availability:lex:kann	-0.0779
        intent:availability:lex:os	-0.0779
        intent:availability:lex:ano y	-0.078
        intent:availability:lex:ya van	-0.078
        intent:availability:lex:me estoy	-0.0781
        intent:availability:lex:depois das	-0.0782
        intent:availability:lex:este ano	-0.0786
        intent:availability:lex:tandarts	-0.0789
        intent:availability:lex:wie	-0.079
        intent:availability:lex:with	-0.0791
        intent:availability:lex:sur	-0.0801
        intent:availability:lex:ik	-0.0806
        intent:availability:lex:pase	-0.0812
        intent:availability:lex:pase libre	-0.0812
        intent:availability:lex:dat	-0.0827
        intent:availability:lex:online	-0.083
        intent:availability:lex:sacar	-0.083
        intent:availability:lex:come	-0.0837
        intent:availability:lex:la	-0.0838
        intent:availability:lex:kunnen jullie	-0.0842
        intent:availability:lex:llena	-0.0842
        intent:availability:lex:llena de	-0.0842
        intent:availability:lex:need it	-0.0848
        intent:availability:lex:your	-0.0851
        intent:availability:lex:ano	-0.0862
        intent:availability:lex:siempre	-0.0869
        intent:availability:lex:ci	-0.0871
        intent:availability:lex:estoy	-0.0872
        intent:availability:lex:je change	-0.0875
        intent:availability:lex:sur votre	-0.0875
        intent:availability:lex:change	-0.0876
        intent:availability:lex:l hiver	-0.0878
        intent:availability:lex:pedi	-0.0879
        intent:availability:lex:just	-0.0884
        intent:availability:lex:uno	-0.0889
        intent:availability:lex:n	-0.09
        intent:availability:lex:venue	-0.0905
        intent:availability:lex:kan ik	-0.0908
        intent:availability:lex:tres	-0.0926
        intent:availability:lex:und	-0.093
        intent:availability:lex:bust	-0.0931
        intent:availability:lex:went	-0.0932
        intent:availability:lex:gleich zwei	-0.0933
        intent:availability:lex:ich gleich	-0.0933
        intent:availability:lex:versand	-0.0933
        intent:availability:lex:versand nach	-0.0933
        intent:availability:lex:wedding is	-0.0933
        intent:availability:lex:maken	-0.0936
        intent:availability:lex:dann bestell	-0.0937
        intent:availability:lex:jamais	-0.094
        intent:availability:lex:barba	-0.0944
        intent:availability:lex:vino	-0.0951
        intent:availability:lex:i need	-0.0955
        intent:availability:lex:bestell ich	-0.0962
        intent:availability:lex:een nieuwe	-0.0968
        intent:availability:lex:taart	-0.0968
        intent:availability:lex:nieuwe	-0.0969
        intent:availability:lex:of the	-0.0972
        intent:availability:lex:bestell	-0.0975
        intent:availability:lex:degrade	-0.0989
        intent:availability:lex:c est	-0.0995
        intent:availability:lex:hoodie	-0.0995
        intent:availability:lex:the grey	-0.0995
        intent:availability:lex:grey	-0.0996
        intent:availability:lex:guys	-0.0998
        intent:availability:lex:tem horario	-0.0998
        intent:availability:lex:prochain	-0.1011
        intent:availability:lex:passe	-0.1021
        intent:availability:lex:you	-0.1025
        intent:availability:lex:nach osterreich	-0.1026
        intent:availability:lex:osterreich	-0.1026
        intent:availability:lex:ihr morgen	-0.1027
        intent:availability:lex:profe	-0.1038
        intent:availability:lex:votre	-0.1043
        intent:availability:lex:zwei	-0.1043
        intent:availability:lex:pista	-0.1044
        intent:availability:lex:need	-0.1058
        intent:availability:lex:restock	-0.106
        intent:availability:lex:do	-0.1067
        intent:availability:lex:van	-0.1067
        intent:availability:lex:bart	-0.1071
        intent:availability:lex:a las	-0.1074
        intent:availability:lex:bestellen	-0.1076
        intent:availability:lex:date	-0.1079
        intent:availability:lex:you guys	-0.108
        intent:availability:lex:hiver	-0.1083
        intent:availability:lex:manana a	-0.1086
        intent:availability:lex:ainda da	-0.1089
        intent:availability:lex:dann	-0.1099
        intent:availability:lex:ja	-0.1102
        intent:availability:lex:dos	-0.1111
        intent:availability:lex:horario	-0.1125
        intent:availability:lex:teneis	-0.1125
        intent:availability:lex:naar	-0.1138
        intent:availability:lex:como	-0.114
        intent:availability:lex:y la	-0.116
        intent:availability:lex:gleich	-0.1164
        intent:availability:lex:kunnen	-0.1174
        intent:availability:lex:ustedes	-0.1183
        intent:availability:lex:la pueden	-0.1185
        intent:availability:lex:je	-0.1209
        intent:availability:lex:kan	-0.124
        intent:availability:lex:wedding	-0.1256
        intent:availability:lex:bitte	-0.1262
        intent:availability:lex:we	-0.1287
        intent:availability:lex:morgen	-0.1297
        intent:availability:lex:estamos	-0.1299
        intent:availability:lex:pueden	-0.1305
        intent:availability:lex:slot	-0.1318
        intent:availability:lex:vor	-0.1338
        intent:availability:lex:fur	-0.1349
        intent:availability:lex:for	-0.1355
        intent:availability:lex:me la	-0.1412
        intent:availability:lex:it	-0.1523
        intent:availability:lex:marzo	-0.1525
        intent:availability:lex:een	-0.1547
        intent:availability:lex:libre	-0.1552
        intent:availability:lex:e	-0.1583
        intent:availability:lex:on	-0.159
        intent:availability:lex:jullie	-0.1609
        intent:availability:lex:i	-0.162
        intent:availability:lex:ich	-0.1703
        intent:availability:lex:pour	-0.1722
        intent:availability:lex:het	-0.1927
        intent:availability:lex:per	-0.1932
        intent:availability:lex:dia	-0.1994
        intent:availability:lex:our	-0.2015
        intent:availability:lex:y	-0.2132
        intent:availability:lex:das	-0.2317
        intent:availability:lex:voor	-0.2444
        intent:availability:lex:me	-0.2613
        intent:availability:lex:da	-0.2885
        intent:booking:booking-ask	3.5198
        intent:booking:booking-request	1.8173
        intent:booking:party-size	1.6244
        intent:booking:callback-promise	1.6187
        intent:booking:review-4-5-stars	1.5054
        intent:booking:off-topic	1.3514
        intent:booking:timing	1.1992
        intent:booking:multi-tag	1.193
        intent:booking:tag-plan	1.0892
        intent:booking:booking-noun	1.0267
        intent:booking:friend-tag	1.0022
        intent:booking:future-visit	0.9305
        intent:booking:praise	0.9123
        intent:booking:stated-in-past	0.6143
        intent:booking:availability-question	0.4817
        intent:booking:past	0.4764
        intent:booking:availability-ask	0.4125
        intent:booking:laughter	0.3274
        intent:booking:resolved	0.2417
        intent:booking:mention	0.2229
        intent:booking:reply	0.2183
        intent:booking:request	0.2069
        intent:booking:giveaway	0.1668
        intent:booking:vendor-pitch	0.1491
        intent:booking:need-plan	0.1322
        intent:booking:complaint-with-request	0.1201
        intent:booking:sign-up	0.1169
        intent:booking:negated-cue	0.0813
        intent:booking:question-opener	0.0483
        intent:booking:current-provider	0.0006
        intent:booking:withdrawn	0.0005
        intent:booking:rejection	-0.008
        intent:booking:non-customer	-0.01
        intent:booking:curiosity	-0.0132
        intent:booking:abuse	-0.0232
        intent:booking:seller-intro	-0.0385
        intent:booking:seeking-replacement	-0.051
        intent:booking:job-seeker	-0.0546
        intent:booking:price-shape	-0.0908
        intent:booking:stated-not-asked	-0.0964
        intent:booking:sarcasm	-0.1197
        intent:booking:(bias)	-0.1215
        intent:booking:imperative-request	-0.1366
        intent:booking:follower-spam	-0.1493
        intent:booking:rhetorical	-0.1579
        intent:booking:long-text	-0.2161
        intent:booking:refusal	-0.2791
        intent:booking:addressed-question	-0.299
        intent:booking:how-much	-0.3416
        intent:booking:complaint	-0.4073
        intent:booking:recovery	-0.4584
        intent:booking:question	-0.5436
        intent:booking:contact-ask	-0.5675
        intent:booking:price-word	-0.644
        intent:booking:purchase-ask	-0.682
        intent:booking:purchase-topic	-0.6911
        intent:booking:switching	-0.6962
        intent:booking:conditional-offer	-0.7092
        intent:booking:review-3-stars	-0.7223
        intent:booking:deal-ask	-0.901
        intent:booking:contact-sent	-1.1177
        intent:booking:review-1-2-stars	-1.1349
        intent:booking:price-ask	-1.1445
        intent:booking:lex:on	0.3417
        intent:booking:lex:pour	0.3063
        intent:booking:lex:get	0.2964
        intent:booking:lex:am	0.2697
        intent:booking:lex:dia	0.2645
        intent:booking:lex:per	0.2366
        intent:booking:lex:fur	0.2327
        intent:booking:lex:mi	0.2239
        intent:booking:lex:before	0.2041
        intent:booking:lex:moglich	0.1923
        intent:booking:lex:in	0.1922
        intent:booking:lex:horario	0.1908
        intent:booking:lex:ja	0.1868
        intent:booking:lex:can	0.1737
        intent:booking:lex:das	0.1737
        intent:booking:lex:slot	0.1728
        intent:booking:lex:mum	0.1712
        intent:booking:lex:class	0.1691
        intent:booking:lex:knippen	0.1683
        intent:booking:lex:probefahrt	0.1575
        intent:booking:lex:no	0.1514
        intent:booking:lex:me and	0.1491
        intent:booking:lex:andiamo	0.1475
        intent:booking:lex:we	0.1471
        intent:booking:lex:bitte	0.1454
        intent:booking:lex:in the	0.1447
        intent:booking:lex:den	0.1439
        intent:booking:lex:fix	0.1411
        intent:booking:lex:la tarde	0.1409
        intent:booking:lex:uhr	0.1407
        intent:booking:lex:de mi	0.1398
        intent:booking:lex:vamos	0.1378
        intent:booking:lex:op	0.1376
        intent:booking:lex:hall	0.134
        intent:booking:lex:to get	0.1331
        intent:booking:lex:tarde	0.1317
        intent:booking:lex:dat	0.1298
        intent:booking:lex:barba	0.1289
        intent:booking:lex:n	0.1285
        intent:booking:lex:wey	0.1283
        intent:booking:lex:bart	0.123
        intent:booking:lex:graag	0.123
        intent:booking:lex:ihr morgen	0.1226
        intent:booking:lex:teneis	0.1221
        intent:booking:lex:queria	0.1201
        intent:booking:lex:ainda da	0.1188
        intent:booking:lex:libre	0.1186
        intent:booking:lex:tem horario	0.1181
        intent:booking:lex:manana a	0.1169
        intent:booking:lex:clio	0.1168
        intent:booking:lex:lukt	0.1166
        intent:booking:lex:lukt dat	0.1166
        intent:booking:lex:degrade	0.1165
        intent:booking:lex:las	0.1135
        intent:booking:lex:before your	0.1129
        intent:booking:lex:graag een	0.1127
        intent:booking:lex:baard	0.112
        intent:booking:lex:donderdagavond	0.1118
        intent:booking:lex:morning	0.1116
        intent:booking:lex:los	0.1108
        intent:booking:lex:toch	0.11
        intent:booking:lex:pra	0.1095
        intent:booking:lex:a las	0.1092
        intent:booking:lex:giugno	0.1084
        intent:booking:lex:wij	0.1074
        intent:booking:lex:possible	0.1073
        intent:booking:lex:pista	0.1067
        intent:booking:lex:wil graag	0.1067
        intent:booking:lex:dos	0.1066
        intent:booking:lex:she	0.1064
        intent:booking:lex:this for	0.106
        intent:booking:lex:ver	0.1059
        intent:booking:lex:volgende	0.1058
        intent:booking:lex:can you	0.1055
        intent:booking:lex:insieme	0.1051
        intent:booking:lex:depois das	0.1047
        intent:booking:lex:ayer	0.1046
        intent:booking:lex:desde ayer	0.1046
        intent:booking:lex:quello	0.1045
        intent:booking:lex:dienstag	0.1042
        intent:booking:lex:cumple	0.1041
        intent:booking:lex:lena	0.1036
        intent:booking:lex:morgen	0.1036
        intent:booking:lex:piccolo	0.1034
        intent:booking:lex:theorie	0.103
        intent:booking:lex:nehmen	0.1015
        intent:booking:lex:decembre	0.1014
        intent:booking:lex:mil	0.1014
        intent:booking:lex:mi perrita	0.1006
        intent:booking:lex:perrita	0.1006
        intent:booking:lex:marco	0.1003
        intent:booking:lex:bitte fur	0.1002
        intent:booking:lex:roast	0.1002
        intent:booking:lex:mum s	0.0999
        intent:booking:lex:habt ihr	0.0998
        intent:booking:lex:machen	0.0998
        intent:booking:lex:and my	0.0967
        intent:booking:lex:passt	0.0965
        intent:booking:lex:pour notre	0.0961
        intent:booking:lex:du	0.0959
        intent:booking:lex:do a	0.0957
        intent:booking:lex:woche	0.0952
        intent:booking:lex:he	0.095
        intent:booking:lex:la pueden	0.095
        intent:booking:lex:right	0.095
        intent:booking:lex:cho	0.0945
        intent:booking:lex:mer	0.0945
        intent:booking:lex:mache	0.0935
        intent:booking:lex:village	0.0932
        intent:booking:lex:giovedi	0.0916
        intent:booking:lex:this class	0.0915
        intent:booking:lex:marcado	0.0913
        intent:booking:lex:brutal	0.091
        intent:booking:lex:posto	0.0907
        intent:booking:lex:put	0.0905
        intent:booking:lex:i get	0.0904
        intent:booking:lex:pour tes	0.0901
        intent:booking:lex:tes	0.09
        intent:booking:lex:le fait	0.0896
        intent:booking:lex:a	0.0894
        intent:booking:lex:voor	0.089
        intent:booking:lex:ik wil	0.0886
        intent:booking:lex:fica	0.0872
        intent:booking:lex:fait pour	0.087
        intent:booking:lex:les	0.0868
        intent:booking:lex:looks	0.0868
        intent:booking:lex:dann	0.0865
        intent:booking:lex:jeudi	0.0864
        intent:booking:lex:mars	0.0859
        intent:booking:lex:soeur	0.0851
        intent:booking:lex:ook	0.0847
        intent:booking:lex:pneus	0.0847
        intent:booking:lex:pretty	0.0845
        intent:booking:lex:s a	0.0845
        intent:booking:lex:bella	0.0844
        intent:booking:lex:a saturday	0.0838
        intent:booking:lex:on se	0.0837
        intent:booking:lex:per il	0.0836
        intent:booking:lex:para la	0.0834
        intent:booking:lex:avete posto	0.0833
        intent:booking:lex:in de	0.0823
        intent:booking:lex:pe	0.0822
        intent:booking:lex:el sabado	0.0812
        intent:booking:lex:extra	0.0812
        intent:booking:lex:t	0.0812
        intent:booking:lex:vrijdag	0.0812
        intent:booking:lex:for the	0.0811
        intent:booking:lex:she s	0.0808
        intent:booking:lex:after	0.0806
        intent:booking:lex:com	0.0803
        intent:booking:lex:i scho	0.0798
        intent:booking:lex:scho	0.0798
        intent:booking:lex:down for	0.0794
        intent:booking:lex:up for	0.0794
        intent:booking:lex:se le	0.0791
        intent:booking:lex:on a	0.0787
        intent:booking:lex:maar	0.0786
        intent:booking:lex:om	0.0784
        intent:booking:lex:d equipe	0.0779
        intent:booking:lex:equipe	0.0779
        intent:booking:lex:s	0.0779
        intent:booking:lex:envoyez le	0.0778
        intent:booking:lex:first	0.0778
        intent:booking:lex:m envoyez	0.0778
        intent:booking:lex:por favor	0.0775
        intent:booking:lex:vous m	0.0771
        intent:booking:lex:em julho	0.0769
        intent:booking:lex:julho	0.0769
        intent:booking:lex:matted	0.0769
        intent:booking:lex:me la	0.0767
        intent:booking:lex:primera	0.0765
        intent:booking:lex:bloque	0.0764
        intent:booking:lex:mi bitte	0.0764
        intent:booking:lex:vous	0.0755
        intent:booking:lex:aca	0.0752
        intent:booking:lex:del	0.0751
        intent:booking:lex:down	0.075
        intent:booking:lex:to book	0.0739
        intent:booking:lex:l atelier	0.0738
        intent:booking:lex:table	0.0734
        intent:booking:lex:wil	0.0732
        intent:booking:lex:habt	0.073
        intent:booking:lex:la grande	0.073
        intent:booking:lex:a giugno	0.0727
        intent:booking:lex:a cockapoo	0.0726
        intent:booking:lex:stasera	0.0726
        intent:booking:lex:vanaf	0.0726
        intent:booking:lex:nos	0.0722
        intent:booking:lex:manana	0.072
        intent:booking:lex:hold	0.0717
        intent:booking:lex:a l	0.0715
        intent:booking:lex:queria marcar	0.0715
        intent:booking:lex:les pneus	0.0714
        intent:booking:lex:pneus hiver	0.0714
        intent:booking:lex:who	0.0714
        intent:booking:lex:these guys	0.0706
        intent:booking:lex:cockapoo	0.0705
        intent:booking:lex:el cumple	0.0698
        intent:booking:lex:voltamos	0.0695
        intent:booking:lex:werken	0.0695
        intent:booking:lex:max	0.0694
        intent:booking:lex:should	0.0691
        intent:booking:lex:amy	0.0686
        intent:booking:lex:marcar a	0.0686
        intent:booking:lex:altura	0.0684
        intent:booking:lex:work	0.0679
        intent:booking:lex:if	0.0678
        intent:booking:lex:saturday	0.0678
        intent:booking:lex:prova	0.0677
        intent:booking:lex:hab	0.0674
        intent:booking:lex:mai	0.0674
        intent:booking:lex:vormittag	0.0669
        intent:booking:lex:labbi	0.0668
        intent:booking:lex:welpenkurs	0.0668
        intent:booking:lex:atelier	0.0667
        intent:booking:lex:que je	0.0666
        intent:booking:lex:uno	0.0665
        intent:booking:lex:in august	0.0663
        intent:booking:lex:vorremmo	0.0661
        intent:booking:lex:faut	0.066
        intent:booking:lex:marido	0.0657
        intent:booking:lex:kan	0.0655
        intent:booking:lex:para o	0.0651
        intent:booking:lex:a lecce	0.065
        intent:booking:lex:lecce	0.065
        intent:booking:lex:op vrijdag	0.065
        intent:booking:lex:paese	0.065
        intent:booking:lex:vicino	0.065
        intent:booking:lex:grande	0.0649
        intent:booking:lex:lessons	0.0649
        intent:booking:lex:school	0.0649
        intent:booking:lex:weer	0.0647
        intent:booking:lex:dit	0.0646
        intent:booking:lex:falta	0.0646
        intent:booking:lex:sign up	0.0646
        intent:booking:lex:sin falta	0.0646
        intent:booking:lex:her	0.0645
        intent:booking:lex:inplannen	0.0645
        intent:booking:lex:sexta	0.0642
        intent:booking:lex:to hold	0.0641
        intent:booking:lex:avant	0.0639
        intent:booking:lex:o q	0.0637
        intent:booking:lex:teambuilding	0.0637
        intent:booking:lex:pour les	0.0636
        intent:booking:lex:la clio	0.0635
        intent:booking:lex:frag	0.0634
        intent:booking:lex:mal an	0.0634
        intent:booking:lex:muito	0.0634
        intent:booking:lex:buchen	0.0632
        intent:booking:lex:sexta de	0.0631
        intent:booking:lex:guys	0.063
        intent:booking:lex:depois	0.0628
        intent:booking:lex:pour le	0.0627
        intent:booking:lex:this	0.0627
        intent:booking:lex:een afspraak	0.0626
        intent:booking:lex:afspraak	0.0624
        intent:booking:lex:mesmo	0.0623
        intent:booking:lex:de vries	0.0622
        intent:booking:lex:je vous	0.0622
        intent:booking:lex:vries	0.0622
        intent:booking:lex:frei	0.0616
        intent:booking:lex:schnitt	0.0616
        intent:booking:lex:fur die	0.0615
        intent:booking:lex:les photos	0.0615
        intent:booking:lex:photos	0.0615
        intent:booking:lex:meu marido	0.0614
        intent:booking:lex:am freitag	0.0609
        intent:booking:lex:cumple de	0.0607
        intent:booking:lex:marca	0.0607
        intent:booking:lex:tu cumple	0.0607
        intent:booking:lex:dit is	0.0604
        intent:booking:lex:limpeza	0.0604
        intent:booking:lex:liefst	0.0594
        intent:booking:lex:hold the	0.0592
        intent:booking:lex:pa tu	0.0591
        intent:booking:lex:kinder	0.059
        intent:booking:lex:i	0.0589
        intent:booking:lex:yoga	0.0588
        intent:booking:lex:in with	0.0584
        intent:booking:lex:io	0.0584
        intent:booking:lex:zwoa	0.0584
        intent:booking:lex:zelfde	0.0579
        intent:booking:lex:in mechelen	0.0577
        intent:booking:lex:mechelen	0.0577
        intent:booking:lex:super	0.0577
        intent:booking:lex:ainda	0.0576
        intent:booking:lex:me down	0.0575
        intent:booking:lex:put me	0.0575
        intent:booking:lex:afspraak maken	0.0574
        intent:booking:lex:august	0.057
        intent:booking:lex:freitag	0.057
        intent:booking:lex:corte	0.0569
        intent:booking:lex:hiver	0.0569
        intent:booking:lex:ons maar	0.0568
        intent:booking:lex:april	0.0564
        intent:booking:lex:acompte	0.0563
        intent:booking:lex:sunrise	0.0562
        intent:booking:lex:sunrise class	0.0562
        intent:booking:lex:the sunrise	0.0562
        intent:booking:lex:wochen	0.056
        intent:booking:lex:bij	0.0555
        intent:booking:lex:a check	0.0553
        intent:booking:lex:check up	0.0553
        intent:booking:lex:sind in	0.0553
        intent:booking:lex:elle	0.0552
        intent:booking:lex:elle est	0.0552
        intent:booking:lex:available for	0.0551
        intent:booking:lex:in this	0.0551
        intent:booking:lex:is he	0.0551
        intent:booking:lex:trainer	0.0551
        intent:booking:lex:mijn	0.055
        intent:booking:lex:schlecht	0.055
        intent:booking:lex:the date	0.055
        intent:booking:lex:den semesterferien	0.0546
        intent:booking:lex:in den	0.0546
        intent:booking:lex:entao	0.0544
        intent:booking:lex:volgende maand	0.0542
        intent:booking:lex:can do	0.0541
        intent:booking:lex:caparra	0.054
        intent:booking:lex:la caparra	0.054
        intent:booking:lex:mo	0.0537
        intent:booking:lex:check	0.0536
        intent:booking:lex:el lunes	0.0534
        intent:booking:lex:la revision	0.0534
        intent:booking:lex:lunes	0.0534
        intent:booking:lex:lunes a	0.0534
        intent:booking:lex:de los	0.0533
        intent:booking:lex:hija	0.0532
        intent:booking:lex:mi hija	0.0532
        intent:booking:lex:zet	0.053
        intent:booking:lex:pouvez	0.0529
        intent:booking:lex:contratar	0.0527
        intent:booking:lex:contratar para	0.0527
        intent:booking:lex:hijo	0.0526
        intent:booking:lex:mi hijo	0.0526
        intent:booking:lex:en zapopan	0.0525
        intent:booking:lex:revision	0.0525
        intent:booking:lex:zapopan	0.0523
        intent:booking:lex:aqui	0.0521
        intent:booking:lex:lasciare	0.052
        intent:booking:lex:s in	0.052
        intent:booking:lex:my son	0.0518
        intent:booking:lex:if possible	0.0517
        intent:booking:lex:le contrat	0.0517
        intent:booking:lex:we move	0.0517
        intent:booking:lex:nog	0.0516
        intent:booking:lex:volgende week	0.0516
        intent:booking:lex:alle	0.0515
        intent:booking:lex:d like	0.0515
        intent:booking:lex:chloe	0.0514
        intent:booking:lex:garder	0.0514
        intent:booking:lex:mia	0.0514
        intent:booking:lex:sera	0.0514
        intent:booking:lex:desde	0.0512
        intent:booking:lex:io la	0.0512
        intent:booking:lex:unas	0.0512
        intent:booking:lex:envoyez	0.051
        intent:booking:lex:maar op	0.0508
        intent:booking:lex:dad	0.0507
        intent:booking:lex:muy profesionales	0.0505
        intent:booking:lex:profesionales	0.0505
        intent:booking:lex:profesionales con	0.0505
        intent:booking:lex:get my	0.0504
        intent:booking:lex:come funziona	0.0501
        intent:booking:lex:funziona	0.0501
        intent:booking:lex:shoot	0.0501
        intent:booking:lex:il	0.0498
        intent:booking:lex:i book	0.0497
        intent:booking:lex:porto	0.0497
        intent:booking:lex:on sera	0.0496
        intent:booking:lex:nachsten	0.0492
        intent:booking:lex:nachsten monat	0.0492
        intent:booking:lex:giovedi alle	0.0491
        intent:booking:lex:monat	0.0491
        intent:booking:lex:no dia	0.0491
        intent:booking:lex:pers	0.0491
        intent:booking:lex:s the	0.0489
        intent:booking:lex:schon	0.0489
        intent:booking:lex:a embreagem	0.0487
        intent:booking:lex:embreagem	0.0487
        intent:booking:lex:from	0.0487
        intent:booking:lex:il nostro	0.0487
        intent:booking:lex:justo	0.0487
        intent:booking:lex:o carro	0.0487
        intent:booking:lex:preco justo	0.0487
        intent:booking:lex:trocaram	0.0487
        intent:booking:lex:trocaram a	0.0487
        intent:booking:lex:melhor	0.0486
        intent:booking:lex:on friday	0.0486
        intent:booking:lex:niet	0.0484
        intent:booking:lex:signing	0.0483
        intent:booking:lex:signing up	0.0483
        intent:booking:lex:nostro	0.0482
        intent:booking:lex:o tiago	0.0482
        intent:booking:lex:tiago	0.0482
        intent:booking:lex:anniv	0.0481
        intent:booking:lex:revisao dos	0.0481
        intent:booking:lex:el	0.048
        intent:booking:lex:maand	0.048
        intent:booking:lex:anniv de	0.0479
        intent:booking:lex:l anniv	0.0479
        intent:booking:lex:room	0.0479
        intent:booking:lex:to try	0.0478
        intent:booking:lex:try	0.0478
        intent:booking:lex:da minha	0.0477
        intent:booking:lex:salle	0.0477
        intent:booking:lex:trago	0.0477
        intent:booking:lex:allora	0.0476
        intent:booking:lex:in for	0.0476
        intent:booking:lex:carro	0.0473
        intent:booking:lex:reservar	0.0473
        intent:booking:lex:son	0.0472
        intent:booking:lex:qual	0.0471
        intent:booking:lex:matteo	0.0469
        intent:booking:lex:noch	0.0469
        intent:booking:lex:ons	0.0469
        intent:booking:lex:gia	0.0467
        intent:booking:lex:la	0.0467
        intent:booking:lex:this is	0.0467
        intent:booking:lex:viso	0.0467
        intent:booking:lex:ja agora	0.0465
        intent:booking:lex:mon	0.0465
        intent:booking:lex:bloquer	0.0463
        intent:booking:lex:table for	0.0463
        intent:booking:lex:for me	0.046
        intent:booking:lex:bloquer la	0.0458
        intent:booking:lex:con vosotros	0.0458
        intent:booking:lex:mettez moi	0.0458
        intent:booking:lex:salle pour	0.0458
        intent:booking:lex:vosotros	0.0458
        intent:booking:lex:ihr	0.0457
        intent:booking:lex:gostamos	0.0455
        intent:booking:lex:gostamos muito	0.0455
        intent:booking:lex:mn	0.0455
        intent:booking:lex:mornings	0.0455
        intent:booking:lex:muito da	0.0455
        intent:booking:lex:nessa	0.0455
        intent:booking:lex:quarto com	0.0455
        intent:booking:lex:cama	0.0453
        intent:booking:lex:matin	0.0453
        intent:booking:lex:for our	0.0452
        intent:booking:lex:he s	0.0451
        intent:booking:lex:l	0.0451
        intent:booking:lex:you put	0.0451
        intent:booking:lex:ab	0.045
        intent:booking:lex:revisao	0.045
        intent:booking:lex:we sign	0.045
        intent:booking:lex:need the	0.0449
        intent:booking:lex:manha	0.0445
        intent:booking:lex:addio	0.0444
        intent:booking:lex:addio al	0.0444
        intent:booking:lex:hacer la	0.0443
        intent:booking:lex:anno scorso	0.0442
        intent:booking:lex:l anno	0.0442
        intent:booking:lex:scorso	0.0442
        intent:booking:lex:een intake	0.0441
        intent:booking:lex:intake	0.0441
        intent:booking:lex:date	0.044
        intent:booking:lex:a hacer	0.0439
        intent:booking:lex:cargador	0.0439
        intent:booking:lex:dije que	0.0439
        intent:booking:lex:lunedi	0.0439
        intent:booking:lex:matin pour	0.0439
        intent:booking:lex:vengan	0.0439
        intent:booking:lex:vengan a	0.0439
        intent:booking:lex:tuo	0.0438
        intent:booking:lex:before we	0.0436
        intent:booking:lex:moet	0.0436
        intent:booking:lex:soir	0.0435
        intent:booking:lex:carpets	0.0434
        intent:booking:lex:jouw	0.0434
        intent:booking:lex:jouw verjaardag	0.0434
        intent:booking:lex:plannen	0.0433
        intent:booking:lex:anniversario	0.043
        intent:booking:lex:tem quarto	0.043
        intent:booking:lex:qui	0.0429
        intent:booking:lex:il tuo	0.0428
        intent:booking:lex:vanaf januari	0.0425
        intent:booking:lex:willen	0.0424
        intent:booking:lex:coche	0.0421
        intent:booking:lex:del coche	0.0421
        intent:booking:lex:in schladming	0.042
        intent:booking:lex:januari	0.042
        intent:booking:lex:schladming	0.042
        intent:booking:lex:matematica	0.0419
        intent:booking:lex:machen wir	0.0418
        intent:booking:lex:mercredi	0.0418
        intent:booking:lex:adresse	0.0416
        intent:booking:lex:fils	0.0416
        intent:booking:lex:hacer	0.0416
        intent:booking:lex:belt	0.0415
        intent:booking:lex:in winterthur	0.0414
        intent:booking:lex:semesterferien	0.0413
        intent:booking:lex:winterthur	0.0412
        intent:booking:lex:these	0.0411
        intent:booking:lex:ma soeur	0.0409
        intent:booking:lex:emma	0.0408
        intent:booking:lex:hall for	0.0408
        intent:booking:lex:launch	0.0408
        intent:booking:lex:maar de	0.0408
        intent:booking:lex:main	0.0408
        intent:booking:lex:pour mon	0.0408
        intent:booking:lex:product	0.0408
        intent:booking:lex:das treppenhaus	0.0407
        intent:booking:lex:dran	0.0407
        intent:booking:lex:ist das	0.0407
        intent:booking:lex:price	0.0407
        intent:booking:lex:treppenhaus dran	0.0407
        intent:booking:lex:tu	0.0407
        intent:booking:lex:next week	0.0406
        intent:booking:lex:proximo	0.0406
        intent:booking:lex:quarto	0.0406
        intent:booking:lex:doe	0.0405
        intent:booking:lex:we toch	0.0405
        intent:booking:lex:shooting	0.0404
        intent:booking:lex:soir pour	0.0404
        intent:booking:lex:wir das	0.0404
        intent:booking:lex:agora	0.0403
        intent:booking:lex:the one	0.0401
        intent:booking:lex:foto	-0.04
        intent:booking:lex:les escribi	-0.04
        intent:booking:lex:since	-0.04
        intent:booking:lex:anyone know	-0.0401
        intent:booking:lex:escribi	-0.0401
        intent:booking:lex:queda	-0.0401
        intent:booking:lex:al	-0.0402
        intent:booking:lex:direct	-0.0402
        intent:booking:lex:la oficina	-0.0402
        intent:booking:lex:vuelve	-0.0402
        intent:booking:lex:em	-0.0403
        intent:booking:lex:geht	-0.0403
        intent:booking:lex:hier	-0.0403
        intent:booking:lex:pueden volver	-0.0403
        intent:booking:lex:turno	-0.0403
        intent:booking:lex:volver a	-0.0403
        intent:booking:lex:weer een	-0.0405
        intent:booking:lex:holen wir	-0.0406
        intent:booking:lex:depuis	-0.0407
        intent:booking:lex:kitchen	-0.0408
        intent:booking:lex:i sign	-0.0411
        intent:booking:lex:ends	-0.0413
        intent:booking:lex:next month	-0.0413
        intent:booking:lex:guarda	-0.0414
        intent:booking:lex:keller	-0.0415
        intent:booking:lex:membership	-0.0415
        intent:booking:lex:whatsapp para	-0.0415
        intent:booking:lex:atencion	-0.0416
        intent:booking:lex:mes	-0.0416
        intent:booking:lex:persone	-0.0416
        intent:booking:lex:de nata	-0.0417
        intent:booking:lex:nata	-0.0417
        intent:booking:lex:pasteis	-0.0417
        intent:booking:lex:pasteis de	-0.0417
        intent:booking:lex:empresa	-0.0418
        intent:booking:lex:personnes a	-0.0418
        intent:booking:lex:bravissima	-0.042
        intent:booking:lex:la rentree	-0.042
        intent:booking:lex:look	-0.042
        intent:booking:lex:me recontacter	-0.042
        intent:booking:lex:recontacter	-0.042
        intent:booking:lex:rentree	-0.042
        intent:booking:lex:haben	-0.0422
        intent:booking:lex:holen	-0.0423
        intent:booking:lex:lausanne en	-0.0424
        intent:booking:lex:un peu	-0.0424
        intent:booking:lex:domingo	-0.0425
        intent:booking:lex:still available	-0.0425
        intent:booking:lex:o plano	-0.0427
        intent:booking:lex:cadeaubon	-0.0428
        intent:booking:lex:cadeaubon voor	-0.0428
        intent:booking:lex:peu	-0.0428
        intent:booking:lex:whatsapp	-0.0429
        intent:booking:lex:jullie een	-0.0431
        intent:booking:lex:como	-0.0432
        intent:booking:lex:e o	-0.0432
        intent:booking:lex:furs wochenende	-0.0432
        intent:booking:lex:walk ins	-0.0432
        intent:booking:lex:wochenende	-0.0432
        intent:booking:lex:add	-0.0435
        intent:booking:lex:cet	-0.0435
        intent:booking:lex:guests	-0.0437
        intent:booking:lex:asap	-0.0441
        intent:booking:lex:chance	-0.0441
        intent:booking:lex:kg	-0.0443
        intent:booking:lex:small	-0.0443
        intent:booking:lex:a small	-0.0444
        intent:booking:lex:ins	-0.0444
        intent:booking:lex:prendre	-0.0444
        intent:booking:lex:vcs	-0.0444
        intent:booking:lex:about	-0.0445
        intent:booking:lex:muss	-0.0446
        intent:booking:lex:view	-0.0446
        intent:booking:lex:im	-0.0449
        intent:booking:lex:alguem	-0.045
        intent:booking:lex:mes que	-0.045
        intent:booking:lex:fijne	-0.0451
        intent:booking:lex:ik zou	-0.0451
        intent:booking:lex:sabado de	-0.0452
        intent:booking:lex:semana que	-0.0452
        intent:booking:lex:weten	-0.0452
        intent:booking:lex:esse	-0.0457
        intent:booking:lex:iscrivo	-0.0457
        intent:booking:lex:mi iscrivo	-0.0457
        intent:booking:lex:fate	-0.0458
        intent:booking:lex:oder	-0.0458
        intent:booking:lex:set	-0.0458
        intent:booking:lex:faz	-0.0459
        intent:booking:lex:ci	-0.0462
        intent:booking:lex:de milho	-0.0462
        intent:booking:lex:milho	-0.0462
        intent:booking:lex:en noviembre	-0.0465
        intent:booking:lex:noviembre	-0.0465
        intent:booking:lex:visit	-0.0465
        intent:booking:lex:le	-0.0472
        intent:booking:lex:a course	-0.0473
        intent:booking:lex:course of	-0.0473
        intent:booking:lex:el plan	-0.0477
        intent:booking:lex:en la	-0.0477
        intent:booking:lex:oficina	-0.0477
        intent:booking:lex:gaan	-0.048
        intent:booking:lex:mas	-0.048
        intent:booking:lex:ainda esta	-0.0482
        intent:booking:lex:de la	-0.0482
        intent:booking:lex:esta disponivel	-0.0482
        intent:booking:lex:o t2	-0.0482
        intent:booking:lex:ai	-0.0483
        intent:booking:lex:in jan	-0.0483
        intent:booking:lex:to you	-0.0484
        intent:booking:lex:wifi	-0.0485
        intent:booking:lex:centro	-0.0486
        intent:booking:lex:juin	-0.0487
        intent:booking:lex:februari	-0.0488
        intent:booking:lex:ik me	-0.0488
        intent:booking:lex:in februari	-0.0488
        intent:booking:lex:pourriez	-0.0488
        intent:booking:lex:pourriez vous	-0.0488
        intent:booking:lex:ok	-0.0491
        intent:booking:lex:visita	-0.0491
        intent:booking:lex:possibile	-0.0493
        intent:booking:lex:po	-0.0494
        intent:booking:lex:regalo	-0.0494
        intent:booking:lex:la semana	-0.0497
        intent:booking:lex:how	-0.0501
        intent:booking:lex:taart	-0.0501
        intent:booking:lex:juste	-0.0506
        intent:booking:lex:t2 em	-0.0506
        intent:booking:lex:in leeds	-0.0507
        intent:booking:lex:nous organisons	-0.0509
        intent:booking:lex:organisons	-0.0509
        intent:booking:lex:organisons un	-0.0509
        intent:booking:lex:semana	-0.051
        intent:booking:lex:t2	-0.0511
        intent:booking:lex:prend	-0.0512
        intent:booking:lex:roma	-0.0512
        intent:booking:lex:se e	-0.0512
        intent:booking:lex:via roma	-0.0512
        intent:booking:lex:in via	-0.0513
        intent:booking:lex:trilocale	-0.0513
        intent:booking:lex:di nuovo	-0.0514
        intent:booking:lex:a lausanne	-0.0515
        intent:booking:lex:have	-0.0515
        intent:booking:lex:falls	-0.0516
        intent:booking:lex:kaum	-0.0516
        intent:booking:lex:kompetent	-0.0516
        intent:booking:lex:sofort	-0.0516
        intent:booking:lex:wirklich	-0.0516
        intent:booking:lex:ich komm	-0.0518
        intent:booking:lex:im marz	-0.0519
        intent:booking:lex:new	-0.0521
        intent:booking:lex:nuovo	-0.0522
        intent:booking:lex:buongiorno	-0.0524
        intent:booking:lex:un po	-0.0527
        intent:booking:lex:two	-0.0528
        intent:booking:lex:lenta	-0.0529
        intent:booking:lex:month	-0.0529
        intent:booking:lex:di tedesco	-0.0531
        intent:booking:lex:it	-0.0531
        intent:booking:lex:serale	-0.0531
        intent:booking:lex:tedesco	-0.0531
        intent:booking:lex:vou	-0.0532
        intent:booking:lex:se a	-0.0533
        intent:booking:lex:wat	-0.0533
        intent:booking:lex:jan	-0.0534
        intent:booking:lex:con	-0.0535
        intent:booking:lex:chiquito en	-0.0536
        intent:booking:lex:es algo	-0.0536
        intent:booking:lex:algo chiquito	-0.0538
        intent:booking:lex:course	-0.0538
        intent:booking:lex:la muneca	-0.0538
        intent:booking:lex:lausanne	-0.0538
        intent:booking:lex:muneca	-0.0538
        intent:booking:lex:and i	-0.0539
        intent:booking:lex:einen	-0.054
        intent:booking:lex:komm	-0.0541
        intent:booking:lex:a ottobre	-0.0542
        intent:booking:lex:algo	-0.0542
        intent:booking:lex:guy	-0.0551
        intent:booking:lex:now	-0.0555
        intent:booking:lex:kunnen jullie	-0.0558
        intent:booking:lex:dem	-0.0559
        intent:booking:lex:ha	-0.0559
        intent:booking:lex:mesa para	-0.0559
        intent:booking:lex:no hay	-0.0561
        intent:booking:lex:hj	-0.0564
        intent:booking:lex:an	-0.0567
        intent:booking:lex:auch	-0.0567
        intent:booking:lex:schrijf ik	-0.0569
        intent:booking:lex:geburtstag	-0.0571
        intent:booking:lex:van	-0.0575
        intent:booking:lex:how do	-0.0576
        intent:booking:lex:will	-0.0581
        intent:booking:lex:reserver un	-0.0583
        intent:booking:lex:je m	-0.0584
        intent:booking:lex:mir	-0.0584
        intent:booking:lex:uma	-0.0584
        intent:booking:lex:contract	-0.0585
        intent:booking:lex:are	-0.0587
        intent:booking:lex:este	-0.0587
        intent:booking:lex:gostaria	-0.0587
        intent:booking:lex:gostaria de	-0.0587
        intent:booking:lex:bora	-0.059
        intent:booking:lex:hoje	-0.0591
        intent:booking:lex:evening	-0.0592
        intent:booking:lex:mehr	-0.0593
        intent:booking:lex:furs	-0.0596
        intent:booking:lex:at	-0.0601
        intent:booking:lex:chiquito	-0.0602
        intent:booking:lex:for that	-0.0603
        intent:booking:lex:en el	-0.0604
        intent:booking:lex:gibt s	-0.0607
        intent:booking:lex:to	-0.061
        intent:booking:lex:in january	-0.0616
        intent:booking:lex:gibt	-0.0617
        intent:booking:lex:kunnen	-0.0617
        intent:booking:lex:days	-0.062
        intent:booking:lex:euch	-0.062
        intent:booking:lex:would love	-0.0624
        intent:booking:lex:staff	-0.0627
        intent:booking:lex:places	-0.063
        intent:booking:lex:jullie	-0.0637
        intent:booking:lex:e de	-0.0641
        intent:booking:lex:ik	-0.0641
        intent:booking:lex:is	-0.0647
        intent:booking:lex:parte	-0.0649
        intent:booking:lex:duas	-0.0654
        intent:booking:lex:rico	-0.0654
        intent:booking:lex:cusco	-0.0655
        intent:booking:lex:desayuno	-0.0655
        intent:booking:lex:en cusco	-0.0655
        intent:booking:lex:mis	-0.0655
        intent:booking:lex:papas	-0.0659
        intent:booking:lex:schrijf	-0.066
        intent:booking:lex:via	-0.0663
        intent:booking:lex:range	-0.0665
        intent:booking:lex:over	-0.0667
        intent:booking:lex:this week	-0.0671
        intent:booking:lex:sur	-0.0673
        intent:booking:lex:zu euch	-0.0679
        intent:booking:lex:ottobre	-0.0681
        intent:booking:lex:good service	-0.0684
        intent:booking:lex:leeds	-0.0687
        intent:booking:lex:nen	-0.0687
        intent:booking:lex:des	-0.0688
        intent:booking:lex:know if	-0.069
        intent:booking:lex:zum	-0.069
        intent:booking:lex:galere	-0.0692
        intent:booking:lex:ne repond	-0.0692
        intent:booking:lex:personne ne	-0.0692
        intent:booking:lex:repond	-0.0692
        intent:booking:lex:summer	-0.0692
        intent:booking:lex:personne	-0.0694
        intent:booking:lex:termine fin	-0.0695
        intent:booking:lex:cover	-0.0697
        intent:booking:lex:fin juin	-0.0697
        intent:booking:lex:notre contrat	-0.0697
        intent:booking:lex:se termine	-0.0697
        intent:booking:lex:termine	-0.0697
        intent:booking:lex:two of	-0.0701
        intent:booking:lex:for christmas	-0.0702
        intent:booking:lex:for two	-0.0706
        intent:booking:lex:jamais	-0.0706
        intent:booking:lex:start	-0.0717
        intent:booking:lex:plateau raclette	-0.0722
        intent:booking:lex:raclette	-0.0722
        intent:booking:lex:raclette pour	-0.0722
        intent:booking:lex:un plateau	-0.0722
        intent:booking:lex:plateau	-0.0726
        intent:booking:lex:collection	-0.0732
        intent:booking:lex:mir zu	-0.0732
        intent:booking:lex:voll	-0.0733
        intent:booking:lex:comecar	-0.0734
        intent:booking:lex:keine	-0.0737
        intent:booking:lex:y	-0.0737
        intent:booking:lex:and	-0.0738
        intent:booking:lex:cita para	-0.0754
        intent:booking:lex:mcfit	-0.0754
        intent:booking:lex:cada	-0.0758
        intent:booking:lex:pour samedi	-0.0758
        intent:booking:lex:m	-0.076
        intent:booking:lex:avec	-0.0765
        intent:booking:lex:o	-0.0765
        intent:booking:lex:tem plano	-0.0766
        intent:booking:lex:a second	-0.0767
        intent:booking:lex:eu e	-0.0767
        intent:booking:lex:buen	-0.0769
        intent:booking:lex:ca fait	-0.0771
        intent:booking:lex:know	-0.0772
        intent:booking:lex:kommen	-0.0776
        intent:booking:lex:team	-0.0776
        intent:booking:lex:franchement	-0.0778
        intent:booking:lex:que viene	-0.0779
        intent:booking:lex:plan	-0.0782
        intent:booking:lex:casal	-0.0785
        intent:booking:lex:viene	-0.0786
        intent:booking:lex:para el	-0.0798
        intent:booking:lex:de	-0.0826
        intent:booking:lex:love	-0.0827
        intent:booking:lex:mit	-0.0835
        intent:booking:lex:fin	-0.0837
        intent:booking:lex:coming	-0.0841
        intent:booking:lex:zu	-0.0845
        intent:booking:lex:passe le	-0.0847
        intent:booking:lex:will need	-0.0854
        intent:booking:lex:got a	-0.0856
        intent:booking:lex:turkeys	-0.0864
        intent:booking:lex:do you	-0.0866
        intent:booking:lex:service	-0.0866
        intent:booking:lex:was	-0.0867
        intent:booking:lex:je passe	-0.0869
        intent:booking:lex:mesa	-0.088
        intent:booking:lex:moi	-0.0888
        intent:booking:lex:christmas	-0.0901
        intent:booking:lex:melden	-0.0907
        intent:booking:lex:samedi	-0.0907
        intent:booking:lex:ca	-0.0909
        intent:booking:lex:we re	-0.0909
        intent:booking:lex:workshop	-0.0911
        intent:booking:lex:today	-0.0912
        intent:booking:lex:para hoy	-0.0914
        intent:booking:lex:passe	-0.0914
        intent:booking:lex:meld mich	-0.0917
        intent:booking:lex:julio	-0.0925
        intent:booking:lex:camp	-0.0927
        intent:booking:lex:the summer	-0.0929
        intent:booking:lex:anyone	-0.0931
        intent:booking:lex:inscrivez	-0.0932
        intent:booking:lex:hay	-0.0935
        intent:booking:lex:pago	-0.0946
        intent:booking:lex:una	-0.0946
        intent:booking:lex:di	-0.0951
        intent:booking:lex:aula experimental	-0.0952
        intent:booking:lex:experimental	-0.0952
        intent:booking:lex:vorrei	-0.0955
        intent:booking:lex:that	-0.0961
        intent:booking:lex:die	-0.0967
        intent:booking:lex:bar	-0.0968
        intent:booking:lex:eine	-0.0968
        intent:booking:lex:too	-0.0979
        intent:booking:lex:or	-0.0984
        intent:booking:lex:inscrivez moi	-0.0996
        intent:booking:lex:moi au	-0.0997
        intent:booking:lex:re	-0.0997
        intent:booking:lex:er	-0.0999
        intent:booking:lex:ort	-0.1
        intent:booking:lex:vor ort	-0.1
        intent:booking:lex:je paie	-0.1012
        intent:booking:lex:still	-0.1014
        intent:booking:lex:cita	-0.1021
        intent:booking:lex:e	-0.1037
        intent:booking:lex:vorrei sapere	-0.1041
        intent:booking:lex:place	-0.1046
        intent:booking:lex:paie	-0.1053
        intent:booking:lex:got	-0.1057
        intent:booking:lex:volver	-0.1058
        intent:booking:lex:en	-0.1067
        intent:booking:lex:any	-0.1077
        intent:booking:lex:esta	-0.1077
        intent:booking:lex:would	-0.1079
        intent:booking:lex:juillet	-0.1083
        intent:booking:lex:stage	-0.1092
        intent:booking:lex:la noche	-0.1095
        intent:booking:lex:noche	-0.1095
        intent:booking:lex:january	-0.1107
        intent:booking:lex:arguments	-0.1113
        intent:booking:lex:no arguments	-0.1113
        intent:booking:lex:your bday	-0.1122
        intent:booking:lex:for your	-0.1124
        intent:booking:lex:someone	-0.1142
        intent:booking:lex:second	-0.1152
        intent:booking:lex:good	-0.1153
        intent:booking:lex:subscription	-0.1158
        intent:booking:lex:gibts	-0.1165
        intent:booking:lex:bday	-0.1184
        intent:booking:lex:eu	-0.1184
        intent:booking:lex:uns	-0.1189
        intent:booking:lex:sapere	-0.121
        intent:booking:lex:me	-0.1231
        intent:booking:lex:plano	-0.1253
        intent:booking:lex:free	-0.1279
        intent:booking:lex:you	-0.1301
        intent:booking:lex:que	-0.1347
        intent:booking:lex:wird	-0.1369
        intent:booking:lex:aula	-0.1382
        intent:booking:lex:ich	-0.1415
        intent:booking:lex:ne	-0.1527
        intent:booking:lex:es	-0.1541
        intent:booking:lex:nach	-0.1636
        intent:booking:lex:of the	-0.168
        intent:booking:lex:tienen	-0.215
        intent:booking:lex:se	-0.2213
        intent:booking:lex:un	-0.2337
        intent:booking:lex:of	-0.3133
        intent:contact:contact-sent	5.0497
        intent:contact:contact-ask	5.0002
        intent:contact:seeking-replacement	1.9767
        intent:contact:vendor-pitch	1.0145
        intent:contact:switching	0.7982
        intent:contact:need-plan	0.7379
        intent:contact:price-ask	0.5753
        intent:contact:(bias)	0.4394
        intent:contact:complaint	0.392
        intent:contact:question-opener	0.3625
        intent:contact:long-text	0.3572
        intent:contact:purchase-ask	0.336
        intent:contact:tag-plan	0.3347
        intent:contact:party-size	0.2914
        intent:contact:sarcasm	0.2811
        intent:contact:request	0.2473
        intent:contact:recovery	0.22
        intent:contact:imperative-request	0.1896
        intent:contact:booking-request	0.1693
        intent:contact:complaint-with-request	0.1589
        intent:contact:purchase-topic	0.1464
        intent:contact:stated-not-asked	0.1463
        intent:contact:addressed-question	0.1414
        intent:contact:conditional-offer	0.0929
        intent:contact:laughter	0.069
        intent:contact:seller-intro	-0.0147
        intent:contact:rejection	-0.0206
        intent:contact:giveaway	-0.0444
        intent:contact:curiosity	-0.0495
        intent:contact:callback-promise	-0.0517
        intent:contact:current-provider	-0.0713
        intent:contact:rhetorical	-0.0887
        intent:contact:job-seeker	-0.1222
        intent:contact:multi-tag	-0.1474
        intent:contact:price-shape	-0.1573
        intent:contact:sign-up	-0.161
        intent:contact:follower-spam	-0.1892
        intent:contact:how-much	-0.2073
        intent:contact:past	-0.219
        intent:contact:future-visit	-0.2214
        intent:contact:booking-noun	-0.2227
        intent:contact:praise	-0.239
        intent:contact:stated-in-past	-0.2645
        intent:contact:resolved	-0.2677
        intent:contact:reply	-0.3085
        intent:contact:refusal	-0.362
        intent:contact:abuse	-0.4715
        intent:contact:deal-ask	-0.5135
        intent:contact:negated-cue	-0.5175
        intent:contact:question	-0.5703
        intent:contact:availability-ask	-0.5837
        intent:contact:price-word	-0.6444
        intent:contact:booking-ask	-0.6794
        intent:contact:non-customer	-0.6956
        intent:contact:friend-tag	-0.7117
        intent:contact:review-4-5-stars	-0.7276
        intent:contact:review-3-stars	-0.7481
        intent:contact:availability-question	-0.7563
        intent:contact:mention	-0.8231
        intent:contact:off-topic	-0.8854
        intent:contact:review-1-2-stars	-1.0447
        intent:contact:timing	-1.1646
        intent:contact:lex:un	0.3273
        intent:contact:lex:info	0.3249
        intent:contact:lex:me	0.2795
        intent:contact:lex:mp	0.2406
        intent:contact:lex:auf	0.1995
        intent:contact:lex:x	0.1994
        intent:contact:lex:haben	0.194
        intent:contact:lex:schreib	0.1682
        intent:contact:lex:wir	0.1669
        intent:contact:lex:team	0.164
        intent:contact:lex:your	0.1506
        intent:contact:lex:bel	0.1469
        intent:contact:lex:sent you	0.1438
        intent:contact:lex:siamo	0.141
        intent:contact:lex:per	0.1366
        intent:contact:lex:voor een	0.1364
        intent:contact:lex:voor	0.1351
        intent:contact:lex:sent	0.133
        intent:contact:lex:dem	0.1312
        intent:contact:lex:dem tisch	0.1305
        intent:contact:lex:auf dem	0.1304
        intent:contact:lex:podem	0.1304
        intent:contact:lex:tisch	0.129
        intent:contact:lex:sich	0.1249
        intent:contact:lex:mir melden	0.1236
        intent:contact:lex:bei mir	0.1231
        intent:contact:lex:staff	0.123
        intent:contact:lex:kann sich	0.1224
        intent:contact:lex:para	0.1214
        intent:contact:lex:melden	0.1209
        intent:contact:lex:een	0.1189
        intent:contact:lex:nieuwe	0.1161
        intent:contact:lex:wir haben	0.1144
        intent:contact:lex:over	0.1141
        intent:contact:lex:form	0.1136
        intent:contact:lex:interested	0.1129
        intent:contact:lex:from	0.1128
        intent:contact:lex:adulti	0.1113
        intent:contact:lex:no reply	0.1101
        intent:contact:lex:reply yet	0.1101
        intent:contact:lex:reply	0.1097
        intent:contact:lex:envoye	0.1095
        intent:contact:lex:na	0.1086
        intent:contact:lex:in your	0.1084
        intent:contact:lex:kitchen	0.1082
        intent:contact:lex:vous me	0.1079
        intent:contact:lex:temos	0.1078
        intent:contact:lex:someone from	0.1073
        intent:contact:lex:yet	0.107
        intent:contact:lex:working	0.1067
        intent:contact:lex:twice	0.1065
        intent:contact:lex:interessada	0.1061
        intent:contact:lex:mandato	0.1053
        intent:contact:lex:pm	0.1053
        intent:contact:lex:heb	0.105
        intent:contact:lex:mailtje	0.1039
        intent:contact:lex:mailtje gestuurd	0.1039
        intent:contact:lex:you an	0.1017
        intent:contact:lex:over de	0.1016
        intent:contact:lex:cloud	0.1015
        intent:contact:lex:ligar	0.1015
        intent:contact:lex:migracao para	0.1015
        intent:contact:lex:para cloud	0.1015
        intent:contact:lex:you	0.1012
        intent:contact:lex:eine	0.1011
        intent:contact:lex:dir	0.1007
        intent:contact:lex:precisamos	0.1004
        intent:contact:lex:precisamos de	0.1004
        intent:contact:lex:migracao	0.1
        intent:contact:lex:mate	0.0998
        intent:contact:lex:una	0.0998
        intent:contact:lex:a kitchen	0.0993
        intent:contact:lex:vous	0.0991
        intent:contact:lex:is it	0.0986
        intent:contact:lex:re	0.0984
        intent:contact:lex:training	0.0982
        intent:contact:lex:m365	0.0967
        intent:contact:lex:entrar	0.0956
        intent:contact:lex:entrar em	0.0956
        intent:contact:lex:mir	0.0956
        intent:contact:lex:podem entrar	0.0956
        intent:contact:lex:a quote	0.0951
        intent:contact:lex:e precisamos	0.0951
        intent:contact:lex:niemand	0.094
        intent:contact:lex:contato	0.0939
        intent:contact:lex:e	0.0939
        intent:contact:lex:gebeld	0.0935
        intent:contact:lex:pourriez	0.0933
        intent:contact:lex:pourriez vous	0.0933
        intent:contact:lex:op	0.0924
        intent:contact:lex:ne mail	0.0923
        intent:contact:lex:can	0.092
        intent:contact:lex:avril	0.0918
        intent:contact:lex:en avril	0.0918
        intent:contact:lex:terug	0.0916
        intent:contact:lex:need a	0.0906
        intent:contact:lex:personnes a	0.0902
        intent:contact:lex:me recontacter	0.0901
        intent:contact:lex:recontacter	0.0901
        intent:contact:lex:nous organisons	0.0893
        intent:contact:lex:organisons	0.0893
        intent:contact:lex:organisons un	0.0893
        intent:contact:lex:can someone	0.0888
        intent:contact:lex:migration	0.0886
        intent:contact:lex:un seminaire	0.0871
        intent:contact:lex:bel me	0.0866
        intent:contact:lex:tel	0.0862
        intent:contact:lex:gleich	0.086
        intent:contact:lex:lausanne en	0.0857
        intent:contact:lex:grad	0.0855
        intent:contact:lex:seminaire	0.0855
        intent:contact:lex:al	0.0851
        intent:contact:lex:standorte	0.0844
        intent:contact:lex:gehoord	0.0839
        intent:contact:lex:niks gehoord	0.0839
        intent:contact:lex:nog niks	0.0839
        intent:contact:lex:auf m365	0.0835
        intent:contact:lex:de apk	0.0828
        intent:contact:lex:aub	0.0823
        intent:contact:lex:apk	0.082
        intent:contact:lex:porfa	0.0819
        intent:contact:lex:zoeken	0.0818
        intent:contact:lex:from your	0.0817
        intent:contact:lex:call	0.0815
        intent:contact:lex:genau	0.0803
        intent:contact:lex:grad auf	0.0803
        intent:contact:lex:herr	0.0803
        intent:contact:lex:thema	0.0803
        intent:contact:lex:me pueden	0.0802
        intent:contact:lex:need	0.0797
        intent:contact:lex:scritto	0.0792
        intent:contact:lex:sie mich	0.0792
        intent:contact:lex:naar	0.0785
        intent:contact:lex:niks	0.0784
        intent:contact:lex:een offerte	0.0783
        intent:contact:lex:potete	0.0783
        intent:contact:lex:keller	0.0782
        intent:contact:lex:bei	0.0778
        intent:contact:lex:morgen	0.0769
        intent:contact:lex:konnen	0.0754
        intent:contact:lex:konnen sie	0.0754
        intent:contact:lex:migration auf	0.0754
        intent:contact:lex:personnes	0.0752
        intent:contact:lex:sie	0.0742
        intent:contact:lex:scritto in	0.0741
        intent:contact:lex:ho	0.074
        intent:contact:lex:pueden	0.074
        intent:contact:lex:contattarmi	0.0728
        intent:contact:lex:probleme	0.0722
        intent:contact:lex:server	0.0722
        intent:contact:lex:seit wochen	0.0717
        intent:contact:lex:macht	0.0702
        intent:contact:lex:mail	0.0702
        intent:contact:lex:partner	0.0696
        intent:contact:lex:pour	0.0696
        intent:contact:lex:ai	0.0694
        intent:contact:lex:per il	0.0688
        intent:contact:lex:envoye un	0.0673
        intent:contact:lex:potete contattarmi	0.067
        intent:contact:lex:met	0.0668
        intent:contact:lex:ho scritto	0.0666
        intent:contact:lex:pode	0.0666
        intent:contact:lex:person	0.0663
        intent:contact:lex:vous ai	0.0662
        intent:contact:lex:posso	0.0659
        intent:contact:lex:lo del	0.0655
        intent:contact:lex:wij zoeken	0.0655
        intent:contact:lex:bitte jemand	0.0653
        intent:contact:lex:kann	0.0649
        intent:contact:lex:gedaan voor	0.0647
        intent:contact:lex:hace rato	0.0647
        intent:contact:lex:rato	0.0647
        intent:contact:lex:via het	0.0647
        intent:contact:lex:whatsapp	0.0647
        intent:contact:lex:ai envoye	0.064
        intent:contact:lex:bitte kontaktieren	0.0639
        intent:contact:lex:kontaktieren	0.0639
        intent:contact:lex:catering	0.0637
        intent:contact:lex:maar	0.0637
        intent:contact:lex:gerust	0.0634
        intent:contact:lex:ihnen	0.0631
        intent:contact:lex:mich bitte	0.0629
        intent:contact:lex:orcamento	0.0628
        intent:contact:lex:gisteren	0.0627
        intent:contact:lex:deje	0.0623
        intent:contact:lex:les deje	0.0623
        intent:contact:lex:mich	0.0621
        intent:contact:lex:jemanden	0.062
        intent:contact:lex:jemanden fur	0.062
        intent:contact:lex:zoeken een	0.0619
        intent:contact:lex:in privato	0.0617
        intent:contact:lex:privato	0.0617
        intent:contact:lex:es	0.0614
        intent:contact:lex:paid social	0.0613
        intent:contact:lex:social	0.0613
        intent:contact:lex:wochen	0.0612
        intent:contact:lex:commerce	0.0608
        intent:contact:lex:e commerce	0.0608
        intent:contact:lex:gedaan	0.0605
        intent:contact:lex:per un	0.0604
        intent:contact:lex:chi posso	0.0603
        intent:contact:lex:siamo un	0.0598
        intent:contact:lex:mandei	0.0597
        intent:contact:lex:llamadme	0.0596
        intent:contact:lex:via	0.0596
        intent:contact:lex:und der	0.0592
        intent:contact:lex:wij	0.0586
        intent:contact:lex:me even	0.0584
        intent:contact:lex:your side	0.0584
        intent:contact:lex:wie kan	0.0579
        intent:contact:lex:chi	0.0576
        intent:contact:lex:serve	0.0575
        intent:contact:lex:sobre	0.0574
        intent:contact:lex:side	0.0573
        intent:contact:lex:me ligar	0.0571
        intent:contact:lex:ad	0.0566
        intent:contact:lex:paid	0.0565
        intent:contact:lex:alla	0.0563
        intent:contact:lex:direct	0.0562
        intent:contact:lex:berichtje	0.056
        intent:contact:lex:een berichtje	0.056
        intent:contact:lex:quote for	0.0559
        intent:contact:lex:een partner	0.0553
        intent:contact:lex:escribi	0.0553
        intent:contact:lex:ik schakelen	0.0553
        intent:contact:lex:met wie	0.0553
        intent:contact:lex:schakelen	0.0553
        intent:contact:lex:even	0.0552
        intent:contact:lex:wil een	0.0548
        intent:contact:lex:reach	0.0547
        intent:contact:lex:we re	0.0546
        intent:contact:lex:whatsapp para	0.0545
        intent:contact:lex:brugge	0.0544
        intent:contact:lex:gent naar	0.0544
        intent:contact:lex:naar brugge	0.0544
        intent:contact:lex:van gent	0.0544
        intent:contact:lex:s the	0.0542
        intent:contact:lex:pueden llamar	0.0539
        intent:contact:lex:per una	0.0538
        intent:contact:lex:could someone	0.0533
        intent:contact:lex:een nieuwe	0.0529
        intent:contact:lex:dm	0.0526
        intent:contact:lex:sich bei	0.0525
        intent:contact:lex:llamar al	0.0524
        intent:contact:lex:llamar	0.0522
        intent:contact:lex:best	0.0517
        intent:contact:lex:mijn moeder	0.0517
        intent:contact:lex:quote	0.0517
        intent:contact:lex:seo	0.0517
        intent:contact:lex:supporto	0.0517
        intent:contact:lex:vini	0.0517
        intent:contact:lex:cerchiamo	0.0516
        intent:contact:lex:moeder	0.0516
        intent:contact:lex:interessati	0.0513
        intent:contact:lex:scrivetemi	0.0513
        intent:contact:lex:siamo interessati	0.0513
        intent:contact:lex:vostra	0.0513
        intent:contact:lex:commerce di	0.0509
        intent:contact:lex:stuur	0.0509
        intent:contact:lex:un e	0.0509
        intent:contact:lex:wegen	0.0509
        intent:contact:lex:les escribi	0.0508
        intent:contact:lex:je vous	0.0507
        intent:contact:lex:whats	0.0507
        intent:contact:lex:pure	0.0504
        intent:contact:lex:about	0.0503
        intent:contact:lex:keinen	0.0502
        intent:contact:lex:nis2	0.0502
        intent:contact:lex:un preventivo	0.05
        intent:contact:lex:fur die	0.0497
        intent:contact:lex:could	0.0492
        intent:contact:lex:por whatsapp	0.0492
        intent:contact:lex:soluzione	0.0492
        intent:contact:lex:orcamento de	0.0489
        intent:contact:lex:escribi por	0.0487
        intent:contact:lex:jemand	0.0485
        intent:contact:lex:atencion	0.0473
        intent:contact:lex:es una	0.0473
        intent:contact:lex:excelente	0.0473
        intent:contact:lex:excelente atencion	0.0473
        intent:contact:lex:gent	0.0473
        intent:contact:lex:sacar turno	0.0473
        intent:contact:lex:vero	0.0473
        intent:contact:lex:sales	0.0468
        intent:contact:lex:sacar	0.0467
        intent:contact:lex:turno para	0.0465
        intent:contact:lex:help with	0.0463
        intent:contact:lex:ya les	0.0463
        intent:contact:lex:turno	0.046
        intent:contact:lex:reach out	0.0457
        intent:contact:lex:offerte voor	0.0456
        intent:contact:lex:contact	0.0455
        intent:contact:lex:mp envoye	0.0455
        intent:contact:lex:help	0.0454
        intent:contact:lex:hace	0.045
        intent:contact:lex:the best	0.045
        intent:contact:lex:en marzo	0.0448
        intent:contact:lex:ligar me	0.0444
        intent:contact:lex:um orcamento	0.0442
        intent:contact:lex:mi	0.0441
        intent:contact:lex:pour le	0.0441
        intent:contact:lex:a mortgage	0.0435
        intent:contact:lex:arbeitsplatze	0.0435
        intent:contact:lex:by my	0.0435
        intent:contact:lex:my bank	0.0435
        intent:contact:lex:person to	0.0435
        intent:contact:lex:bank	0.0434
        intent:contact:lex:about the	0.0433
        intent:contact:lex:mortgage	0.0433
        intent:contact:lex:nog	0.0433
        intent:contact:lex:impianto	0.0429
        intent:contact:lex:outsourcing	0.0429
        intent:contact:lex:with a	0.0429
        intent:contact:lex:ci serve	0.0428
        intent:contact:lex:iemand mij	0.0428
        intent:contact:lex:para una	0.0428
        intent:contact:lex:saas	0.0425
        intent:contact:lex:necesito	0.0423
        intent:contact:lex:if i	0.0418
        intent:contact:lex:lo	0.0417
        intent:contact:lex:un dm	0.0417
        intent:contact:lex:con el	0.0413
        intent:contact:lex:ik wil	0.0413
        intent:contact:lex:comunion	0.0407
        intent:contact:lex:para um	0.0407
        intent:contact:lex:de la	0.0405
        intent:contact:lex:voor mijn	0.0404
        intent:contact:lex:at	0.0403
        intent:contact:lex:e para	0.0401
        intent:contact:lex:you a	0.0401
        intent:contact:lex:nous	0.04
        intent:contact:lex:up	-0.0402
        intent:contact:lex:nicht mehr	-0.0413
        intent:contact:lex:de	-0.0414
        intent:contact:lex:ein	-0.0414
        intent:contact:lex:still	-0.0418
        intent:contact:lex:to call	-0.0422
        intent:contact:lex:sind	-0.0426
        intent:contact:lex:does	-0.043
        intent:contact:lex:ende	-0.0431
        intent:contact:lex:einen	-0.0434
        intent:contact:lex:happy	-0.0434
        intent:contact:lex:happy to	-0.0434
        intent:contact:lex:une	-0.0434
        intent:contact:lex:zum	-0.0435
        intent:contact:lex:mit	-0.0436
        intent:contact:lex:quanto	-0.0437
        intent:contact:lex:vcs	-0.0438
        intent:contact:lex:am	-0.0439
        intent:contact:lex:eind	-0.0442
        intent:contact:lex:and	-0.0444
        intent:contact:lex:bestellen	-0.0444
        intent:contact:lex:to your	-0.0449
        intent:contact:lex:mehr	-0.0454
        intent:contact:lex:des	-0.0456
        intent:contact:lex:quotes	-0.0456
        intent:contact:lex:quotes for	-0.0456
        intent:contact:lex:quero	-0.0457
        intent:contact:lex:wedding	-0.0459
        intent:contact:lex:rotterdam	-0.0465
        intent:contact:lex:were	-0.0465
        intent:contact:lex:appartement	-0.0466
        intent:contact:lex:cake	-0.0466
        intent:contact:lex:a partial	-0.0469
        intent:contact:lex:partial	-0.0469
        intent:contact:lex:partial refund	-0.0469
        intent:contact:lex:trasloco	-0.0469
        intent:contact:lex:maggio	-0.0471
        intent:contact:lex:bologna	-0.0477
        intent:contact:lex:bilocale	-0.048
        intent:contact:lex:like	-0.0485
        intent:contact:lex:por privado	-0.0487
        intent:contact:lex:suchen ab	-0.0488
        intent:contact:lex:or	-0.0489
        intent:contact:lex:how	-0.0493
        intent:contact:lex:kamer	-0.0494
        intent:contact:lex:kamer appartement	-0.0494
        intent:contact:lex:link	-0.0494
        intent:contact:lex:refund	-0.0494
        intent:contact:lex:t	-0.0498
        intent:contact:lex:c	-0.0501
        intent:contact:lex:sociedades	-0.0501
        intent:contact:lex:corto	-0.0502
        intent:contact:lex:corto con	-0.0502
        intent:contact:lex:holded	-0.0502
        intent:contact:lex:nos queda	-0.0502
        intent:contact:lex:queda corto	-0.0502
        intent:contact:lex:ver una	-0.0504
        intent:contact:lex:se nos	-0.0507
        intent:contact:lex:pero	-0.0508
        intent:contact:lex:queda	-0.051
        intent:contact:lex:offerte graag	-0.0513
        intent:contact:lex:of the	-0.0515
        intent:contact:lex:fine	-0.0519
        intent:contact:lex:for a	-0.0521
        intent:contact:lex:just	-0.0528
        intent:contact:lex:nos	-0.0529
        intent:contact:lex:estamos	-0.0545
        intent:contact:lex:u	-0.0545
        intent:contact:lex:do you	-0.0548
        intent:contact:lex:die	-0.0551
        intent:contact:lex:nous sommes	-0.0551
        intent:contact:lex:sommes	-0.0551
        intent:contact:lex:amsterdam	-0.0556
        intent:contact:lex:est	-0.0556
        intent:contact:lex:den	-0.0565
        intent:contact:lex:con	-0.0572
        intent:contact:lex:vi	-0.0576
        intent:contact:lex:heb jullie	-0.0582
        intent:contact:lex:aimerait	-0.0583
        intent:contact:lex:ans mais	-0.0583
        intent:contact:lex:avec une	-0.0583
        intent:contact:lex:mais les	-0.0583
        intent:contact:lex:on aimerait	-0.0583
        intent:contact:lex:puis	-0.0583
        intent:contact:lex:puis je	-0.0583
        intent:contact:lex:qui puis	-0.0583
        intent:contact:lex:da	-0.0584
        intent:contact:lex:changer	-0.0586
        intent:contact:lex:el	-0.0587
        intent:contact:lex:kunnen jullie	-0.0587
        intent:contact:lex:si	-0.0595
        intent:contact:lex:fiduciaire	-0.0596
        intent:contact:lex:je contacter	-0.0599
        intent:contact:lex:that	-0.0603
        intent:contact:lex:i	-0.061
        intent:contact:lex:dias	-0.0611
        intent:contact:lex:escribo por	-0.0614
        intent:contact:lex:plus	-0.0616
        intent:contact:lex:kunnen	-0.0619
        intent:contact:lex:nicht	-0.0622
        intent:contact:lex:bag	-0.0624
        intent:contact:lex:bitte an	-0.0629
        intent:contact:lex:our current	-0.0634
        intent:contact:lex:os escribo	-0.0639
        intent:contact:lex:ab	-0.0641
        intent:contact:lex:pour l	-0.0647
        intent:contact:lex:jullie	-0.0652
        intent:contact:lex:avec	-0.0655
        intent:contact:lex:streichen	-0.0656
        intent:contact:lex:zimmer	-0.0659
        intent:contact:lex:os	-0.067
        intent:contact:lex:depuis	-0.0675
        intent:contact:lex:ans	-0.0688
        intent:contact:lex:current	-0.0694
        intent:contact:lex:it	-0.0699
        intent:contact:lex:the	-0.0708
        intent:contact:lex:ihr	-0.0721
        intent:contact:lex:o	-0.0724
        intent:contact:lex:che la	-0.0725
        intent:contact:lex:che passo	-0.0725
        intent:contact:lex:fosse	-0.0725
        intent:contact:lex:gentilissimi	-0.0725
        intent:contact:lex:peccato	-0.0725
        intent:contact:lex:peccato che	-0.0725
        intent:contact:lex:volevo	-0.0725
        intent:contact:lex:montatura	-0.0731
        intent:contact:lex:arriva	-0.0737
        intent:contact:lex:chiamatemi	-0.0741
        intent:contact:lex:che	-0.075
        intent:contact:lex:je	-0.0783
        intent:contact:lex:appena	-0.0789
        intent:contact:lex:one	-0.0794
        intent:contact:lex:fur	-0.0796
        intent:contact:lex:mais	-0.0801
        intent:contact:lex:passo a	-0.0814
        intent:contact:lex:graag	-0.0829
        intent:contact:lex:angebot	-0.0843
        intent:contact:lex:for the	-0.0845
        intent:contact:lex:s	-0.0856
        intent:contact:lex:do	-0.0864
        intent:contact:lex:come	-0.0907
        intent:contact:lex:le	-0.0931
        intent:contact:lex:se	-0.0937
        intent:contact:lex:jullie een	-0.0942
        intent:contact:lex:passo	-0.0942
        intent:contact:lex:een mail	-0.0943
        intent:contact:lex:mail gestuurd	-0.0943
        intent:contact:lex:que	-0.0943
        intent:contact:lex:escribo	-0.0995
        intent:contact:lex:to me	-0.1054
        intent:contact:lex:of	-0.1055
        intent:contact:lex:vrijdag	-0.1058
        intent:contact:lex:please	-0.1064
        intent:contact:lex:get back	-0.1083
        intent:contact:lex:l	-0.1088
        intent:contact:lex:back	-0.1127
        intent:contact:lex:hours	-0.1134
        intent:contact:lex:booking	-0.1135
        intent:contact:lex:cancelled flight	-0.1135
        intent:contact:lex:my cancelled	-0.1135
        intent:contact:lex:someone please	-0.1135
        intent:contact:lex:flight	-0.1138
        intent:contact:lex:my	-0.1164
        intent:contact:lex:cancelled	-0.1167
        intent:contact:lex:back to	-0.1228
        intent:contact:lex:ref	-0.1294
        intent:contact:lex:la	-0.1353
        intent:contact:lex:on hold	-0.139
        intent:contact:lex:in dm	-0.1438
        intent:contact:lex:get	-0.144
        intent:contact:lex:on	-0.149
        intent:contact:lex:hold	-0.1721
        intent:contact:lex:to	-0.2098
        intent:contact:lex:a	-0.2108
        intent:contact:lex:in	-0.2654
        intent:price:price-ask	6.0558
        intent:price:how-much	4.3485
        intent:price:price-word	3.1811
        intent:price:deal-ask	2.6427
        intent:price:price-shape	2.5975
        intent:price:booking-request	0.7583
        intent:price:question	0.7286
        intent:price:job-seeker	0.7
        intent:price:abuse	0.5922
        intent:price:party-size	0.581
        intent:price:curiosity	0.4555
        intent:price:sign-up	0.4296
        intent:price:vendor-pitch	0.3248
        intent:price:availability-question	0.2978
        intent:price:purchase-ask	0.2454
        intent:price:giveaway	0.2227
        intent:price:off-topic	0.2139
        intent:price:recovery	0.1843
        intent:price:review-4-5-stars	0.1381
        intent:price:laughter	0.0939
        intent:price:long-text	0.0792
        intent:price:stated-in-past	0.0641
        intent:price:request	0.0426
        intent:price:sarcasm	0.0362
        intent:price:praise	0.0204
        intent:price:purchase-topic	0.0069
        intent:price:booking-ask	0.0062
        intent:price:withdrawn	-0.0001
        intent:price:seller-intro	-0.0078
        intent:price:rejection	-0.0091
        intent:price:non-customer	-0.0097
        intent:price:refusal	-0.0103
        intent:price:resolved	-0.0104
        intent:price:callback-promise	-0.0222
        intent:price:rhetorical	-0.0488
        intent:price:past	-0.0531
        intent:price:booking-noun	-0.0642
        intent:price:availability-ask	-0.13
        intent:price:current-provider	-0.1543
        intent:price:follower-spam	-0.1859
        intent:price:review-3-stars	-0.1876
        intent:price:complaint-with-request	-0.1974
        intent:price:reply	-0.2413
        intent:price:addressed-question	-0.256
        intent:price:contact-sent	-0.2562
        intent:price:multi-tag	-0.269
        intent:price:seeking-replacement	-0.3082
        intent:price:future-visit	-0.3296
        intent:price:timing	-0.3467
        intent:price:negated-cue	-0.3854
        intent:price:complaint	-0.3856
        intent:price:conditional-offer	-0.4237
        intent:price:need-plan	-0.4256
        intent:price:(bias)	-0.4636
        intent:price:stated-not-asked	-0.4777
        intent:price:tag-plan	-0.5168
        intent:price:mention	-0.5303
        intent:price:contact-ask	-0.5535
        intent:price:friend-tag	-0.6924
        intent:price:review-1-2-stars	-0.7034
        intent:price:question-opener	-0.8781
        intent:price:switching	-0.9182
        intent:price:imperative-request	-1.0173
        intent:price:lex:fur	0.2231
        intent:price:lex:was	0.2158
        intent:price:lex:the	0.2144
        intent:price:lex:you	0.2094
        intent:price:lex:on	0.1792
        intent:price:lex:angebot	0.172
        intent:price:lex:sind ein	0.1689
        intent:price:lex:mit	0.1658
        intent:price:lex:wir sind	0.1652
        intent:price:lex:ein	0.1647
        intent:price:lex:sind	0.1563
        intent:price:lex:on the	0.1524
        intent:price:lex:wat	0.1489
        intent:price:lex:c	0.1484
        intent:price:lex:buenas	0.1479
        intent:price:lex:c est	0.1455
        intent:price:lex:un	0.1414
        intent:price:lex:packages	0.1405
        intent:price:lex:offer	0.1362
        intent:price:lex:golf	0.134
        intent:price:lex:what	0.1276
        intent:price:lex:price	0.1275
        intent:price:lex:do you	0.1273
        intent:price:lex:bitte	0.121
        intent:price:lex:rijtjeshuis	0.1206
        intent:price:lex:rijtjeshuis in	0.1193
        intent:price:lex:est	0.1182
        intent:price:lex:zahlt	0.1166
        intent:price:lex:zahlt man	0.1166
        intent:price:lex:kleiner	0.1163
        intent:price:lex:muss ich	0.1163
        intent:price:lex:achter	0.1135
        intent:price:lex:voor en	0.1135
        intent:price:lex:vraag	0.1135
        intent:price:lex:utrecht	0.1115
        intent:price:lex:for a	0.1098
        intent:price:lex:e	0.1095
        intent:price:lex:e de	0.1092
        intent:price:lex:muss	0.1092
        intent:price:lex:aula experimental	0.1081
        intent:price:lex:experimental	0.1081
        intent:price:lex:aula	0.1078
        intent:price:lex:prezzo	0.1074
        intent:price:lex:inkl	0.1071
        intent:price:lex:for	0.1066
        intent:price:lex:in utrecht	0.1066
        intent:price:lex:man bei	0.1063
        intent:price:lex:man	0.1058
        intent:price:lex:euch ohne	0.1046
        intent:price:lex:ohne	0.1044
        intent:price:lex:plano	0.1035
        intent:price:lex:trim	0.1031
        intent:price:lex:fahrer	0.1024
        intent:price:lex:jahre	0.1024
        intent:price:lex:kfz	0.1024
        intent:price:lex:noleggio	0.1019
        intent:price:lex:tem plano	0.1013
        intent:price:lex:google	0.1005
        intent:price:lex:eu e	0.1
        intent:price:lex:konditionen	0.0998
        intent:price:lex:suchen ab	0.0998
        intent:price:lex:currently	0.0997
        intent:price:lex:users	0.0997
        intent:price:lex:und suchen	0.0994
        intent:price:lex:comecar	0.0988
        intent:price:lex:bei euch	0.0985
        intent:price:lex:platze	0.0981
        intent:price:lex:team und	0.0981
        intent:price:lex:days	0.0974
        intent:price:lex:semi	0.0972
        intent:price:lex:casal	0.0968
        intent:price:lex:fixed	0.0968
        intent:price:lex:run	0.0959
        intent:price:lex:porfa	0.0956
        intent:price:lex:these days	0.0951
        intent:price:lex:u	0.0947
        intent:price:lex:quanto	0.0945
        intent:price:lex:how much	0.094
        intent:price:lex:much	0.094
        intent:price:lex:suchen	0.0936
        intent:price:lex:info	0.0934
        intent:price:lex:a skin	0.0932
        intent:price:lex:fade	0.0932
        intent:price:lex:skin	0.0932
        intent:price:lex:skin fade	0.0932
        intent:price:lex:o menos	0.0927
        intent:price:lex:gibts	0.0922
        intent:price:lex:eu	0.0919
        intent:price:lex:hola	0.0906
        intent:price:lex:whats	0.09
        intent:price:lex:pls	0.0897
        intent:price:lex:bitte um	0.0894
        intent:price:lex:euch	0.0887
        intent:price:lex:permanent	0.0882
        intent:price:lex:puppy	0.088
        intent:price:lex:the veg	0.0877
        intent:price:lex:veg box	0.0877
        intent:price:lex:still	0.0873
        intent:price:lex:mas o	0.0869
        intent:price:lex:bei	0.0861
        intent:price:lex:ab	0.0859
        intent:price:lex:for the	0.0859
        intent:price:lex:mensual	0.0858
        intent:price:lex:cuanto	0.0856
        intent:price:lex:d	0.0853
        intent:price:lex:that	0.0852
        intent:price:lex:veg	0.0852
        intent:price:lex:s	0.085
        intent:price:lex:s the	0.0846
        intent:price:lex:voor een	0.0845
        intent:price:lex:pour un	0.0836
        intent:price:lex:team	0.0836
        intent:price:lex:casa	0.0829
        intent:price:lex:hacer	0.0822
        intent:price:lex:dm	0.0815
        intent:price:lex:queremos	0.0815
        intent:price:lex:send	0.0813
        intent:price:lex:mas	0.0809
        intent:price:lex:menos	0.0809
        intent:price:lex:box	0.08
        intent:price:lex:x	0.0797
        intent:price:lex:buongiorno	0.077
        intent:price:lex:armario	0.0761
        intent:price:lex:zimmer	0.0753
        intent:price:lex:our	0.0749
        intent:price:lex:en getafe	0.0747
        intent:price:lex:getafe	0.0747
        intent:price:lex:tarifa	0.0737
        intent:price:lex:what s	0.0725
        intent:price:lex:wir	0.072
        intent:price:lex:tem	0.0717
        intent:price:lex:al mese	0.0703
        intent:price:lex:ein handwerksbetrieb	0.0703
        intent:price:lex:handwerksbetrieb	0.0703
        intent:price:lex:handwerksbetrieb mit	0.0703
        intent:price:lex:finestre in	0.0702
        intent:price:lex:in pvc	0.0702
        intent:price:lex:pvc	0.0702
        intent:price:lex:dentro	0.0701
        intent:price:lex:o e	0.0701
        intent:price:lex:finestre	0.07
        intent:price:lex:y	0.0699
        intent:price:lex:iscrizione	0.0693
        intent:price:lex:cuanto me	0.0684
        intent:price:lex:streichen	0.0684
        intent:price:lex:precio	0.068
        intent:price:lex:que vem	0.0675
        intent:price:lex:thing	0.0675
        intent:price:lex:vem	0.0672
        intent:price:lex:lunedi	0.0671
        intent:price:lex:maggio	0.0671
        intent:price:lex:anni	0.0668
        intent:price:lex:ballpark	0.0666
        intent:price:lex:pa	0.0665
        intent:price:lex:parte	0.0659
        intent:price:lex:bitte an	0.0655
        intent:price:lex:bologna	0.0641
        intent:price:lex:tengo	0.0641
        intent:price:lex:la quota	0.0632
        intent:price:lex:quota	0.0632
        intent:price:lex:de	0.063
        intent:price:lex:pour	0.0626
        intent:price:lex:ballpark for	0.0614
        intent:price:lex:e a	0.0612
        intent:price:lex:b	0.061
        intent:price:lex:a treviso	0.0608
        intent:price:lex:student	0.0608
        intent:price:lex:treviso	0.0608
        intent:price:lex:kill	0.0598
        intent:price:lex:or did	0.0598
        intent:price:lex:student rate	0.0598
        intent:price:lex:did	0.0594
        intent:price:lex:mes que	0.059
        intent:price:lex:valencia	0.0587
        intent:price:lex:qto	0.0586
        intent:price:lex:offerte graag	0.0585
        intent:price:lex:gia	0.0584
        intent:price:lex:how	0.0577
        intent:price:lex:tarif pour	0.0566
        intent:price:lex:cambiare	0.0561
        intent:price:lex:guests	0.0559
        intent:price:lex:fineline	0.0558
        intent:price:lex:job on	0.0558
        intent:price:lex:sale	0.0557
        intent:price:lex:ca	0.0554
        intent:price:lex:job	0.0554
        intent:price:lex:rate	0.0552
        intent:price:lex:graag	0.0551
        intent:price:lex:we re	0.0548
        intent:price:lex:you charge	0.0547
        intent:price:lex:charge	0.0546
        intent:price:lex:en valencia	0.0546
        intent:price:lex:re	0.0544
        intent:price:lex:gibt s	0.0543
        intent:price:lex:gibt	0.0542
        intent:price:lex:kamer	0.0541
        intent:price:lex:kamer appartement	0.0541
        intent:price:lex:appartement	0.0539
        intent:price:lex:um	0.0537
        intent:price:lex:tenemos	0.0536
        intent:price:lex:combien	0.0535
        intent:price:lex:iphone	0.0534
        intent:price:lex:day	0.0533
        intent:price:lex:eine	0.0532
        intent:price:lex:cuota mensual	0.0531
        intent:price:lex:carnet	0.0529
        intent:price:lex:tier	0.0529
        intent:price:lex:out	0.0528
        intent:price:lex:el b2	0.0525
        intent:price:lex:und	0.0525
        intent:price:lex:cake	0.0523
        intent:price:lex:mes	0.0521
        intent:price:lex:precios	0.0521
        intent:price:lex:das	0.0517
        intent:price:lex:grano	0.0517
        intent:price:lex:kostet	0.0517
        intent:price:lex:mayor	0.0517
        intent:price:lex:medellin	0.0517
        intent:price:lex:por mayor	0.0517
        intent:price:lex:quotes	0.0517
        intent:price:lex:quotes for	0.0517
        intent:price:lex:tengo una	0.0517
        intent:price:lex:quisiera	0.0515
        intent:price:lex:que me	0.0514
        intent:price:lex:b2	0.0508
        intent:price:lex:tardes	0.0507
        intent:price:lex:what would	0.0507
        intent:price:lex:in dm	0.0504
        intent:price:lex:quoi le	0.0503
        intent:price:lex:trasloco	0.0502
        intent:price:lex:much to	0.0499
        intent:price:lex:bilocale	0.0498
        intent:price:lex:fixe	0.0495
        intent:price:lex:poste	0.0495
        intent:price:lex:un poste	0.0495
        intent:price:lex:rotterdam	0.0493
        intent:price:lex:amsterdam	0.0491
        intent:price:lex:est quoi	0.049
        intent:price:lex:para	0.0488
        intent:price:lex:ich	0.0486
        intent:price:lex:wedding	0.048
        intent:price:lex:a cracked	0.0474
        intent:price:lex:screen	0.0474
        intent:price:lex:to fix	0.0473
        intent:price:lex:cracked	0.047
        intent:price:lex:a palm	0.0465
        intent:price:lex:palm sized	0.0465
        intent:price:lex:sized	0.0465
        intent:price:lex:sized fineline	0.0465
        intent:price:lex:a	0.0462
        intent:price:lex:fineline piece	0.046
        intent:price:lex:palm	0.0459
        intent:price:lex:great	0.0458
        intent:price:lex:great job	0.0457
        intent:price:lex:piece	0.0453
        intent:price:lex:de un	0.0451
        intent:price:lex:caixa de	0.045
        intent:price:lex:open	0.045
        intent:price:lex:re a	0.045
        intent:price:lex:un devis	0.045
        intent:price:lex:quanto viene	0.0447
        intent:price:lex:somos	0.0447
        intent:price:lex:caixa	0.0445
        intent:price:lex:dm ing	0.0445
        intent:price:lex:ing	0.0445
        intent:price:lex:extra	0.0438
        intent:price:lex:the forearm	0.0437
        intent:price:lex:sonst	0.0436
        intent:price:lex:une	0.0436
        intent:price:lex:charge to	0.0434
        intent:price:lex:do the	0.0432
        intent:price:lex:gleich zwei	0.0432
        intent:price:lex:ich gleich	0.0432
        intent:price:lex:interior	0.0432
        intent:price:lex:my wife	0.0432
        intent:price:lex:same on	0.0432
        intent:price:lex:the interior	0.0432
        intent:price:lex:versand	0.0432
        intent:price:lex:versand nach	0.0432
        intent:price:lex:wife	0.0432
        intent:price:lex:wife s	0.0432
        intent:price:lex:au	0.0431
        intent:price:lex:prijs	0.043
        intent:price:lex:forearm	0.0429
        intent:price:lex:roof	0.0428
        intent:price:lex:viene	0.0427
        intent:price:lex:a small	0.0425
        intent:price:lex:pricing	0.0419
        intent:price:lex:on my	0.0417
        intent:price:lex:to send	0.0415
        intent:price:lex:would you	0.0414
        intent:price:lex:embrague	0.041
        intent:price:lex:embrague de	0.041
        intent:price:lex:the same	0.041
        intent:price:lex:or	0.0408
        intent:price:lex:gets	0.0404
        intent:price:lex:devis pour	0.0403
        intent:price:lex:cheapest	0.0402
        intent:price:lex:cheapest plan	0.0402
        intent:price:lex:plan that	0.0402
        intent:price:lex:ref	0.0401
        intent:price:lex:domani	-0.0403
        intent:price:lex:brugge	-0.0405
        intent:price:lex:gent naar	-0.0405
        intent:price:lex:naar brugge	-0.0405
        intent:price:lex:van gent	-0.0405
        intent:price:lex:ligar	-0.0406
        intent:price:lex:se	-0.0407
        intent:price:lex:via	-0.0408
        intent:price:lex:deciso	-0.0409
        intent:price:lex:wieder	-0.0409
        intent:price:lex:yours	-0.0409
        intent:price:lex:negozio	-0.041
        intent:price:lex:grad	-0.0412
        intent:price:lex:am	-0.0413
        intent:price:lex:someone	-0.0413
        intent:price:lex:me para	-0.0423
        intent:price:lex:a bergamo	-0.0428
        intent:price:lex:las negras	-0.0431
        intent:price:lex:negras	-0.0431
        intent:price:lex:onder	-0.0431
        intent:price:lex:onder de	-0.0431
        intent:price:lex:tienen en	-0.0431
        intent:price:lex:berichtje	-0.0438
        intent:price:lex:een berichtje	-0.0438
        intent:price:lex:deles	-0.0439
        intent:price:lex:me even	-0.0439
        intent:price:lex:bluefit	-0.044
        intent:price:lex:even	-0.044
        intent:price:lex:kann	-0.044
        intent:price:lex:mensalidade	-0.044
        intent:price:lex:na bluefit	-0.044
        intent:price:lex:up for	-0.044
        intent:price:lex:wil een	-0.044
        intent:price:lex:auch	-0.0442
        intent:price:lex:in privato	-0.0442
        intent:price:lex:privato	-0.0442
        intent:price:lex:comment on	-0.0444
        intent:price:lex:cobrem	-0.0446
        intent:price:lex:vcs cobrem	-0.0446
        intent:price:lex:des	-0.0448
        intent:price:lex:mir	-0.0449
        intent:price:lex:paket	-0.045
        intent:price:lex:ins	-0.0457
        intent:price:lex:para o	-0.0459
        intent:price:lex:wie lauft	-0.0461
        intent:price:lex:ik wil	-0.0464
        intent:price:lex:wir wurden	-0.0464
        intent:price:lex:en cuanto	-0.0465
        intent:price:lex:ich nehm	-0.0468
        intent:price:lex:fine	-0.0473
        intent:price:lex:business	-0.0475
        intent:price:lex:orcamento de	-0.0475
        intent:price:lex:pode	-0.0475
        intent:price:lex:ist	-0.0477
        intent:price:lex:stuur	-0.0478
        intent:price:lex:af en	-0.0483
        intent:price:lex:gestegen	-0.0483
        intent:price:lex:prijzen	-0.0483
        intent:price:lex:prijzen zijn	-0.0483
        intent:price:lex:en we	-0.0484
        intent:price:lex:zijn met	-0.0484
        intent:price:lex:link	-0.0486
        intent:price:lex:a dog	-0.0491
        intent:price:lex:af	-0.0493
        intent:price:lex:three	-0.0498
        intent:price:lex:under	-0.0499
        intent:price:lex:huidige	-0.05
        intent:price:lex:lol	-0.0503
        intent:price:lex:these in	-0.0504
        intent:price:lex:wide	-0.0504
        intent:price:lex:im	-0.0505
        intent:price:lex:kids and	-0.0506
        intent:price:lex:your	-0.0507
        intent:price:lex:juni	-0.0509
        intent:price:lex:a quote	-0.051
        intent:price:lex:niet	-0.051
        intent:price:lex:con tim	-0.0512
        intent:price:lex:la portabilita	-0.0512
        intent:price:lex:portabilita	-0.0512
        intent:price:lex:tim	-0.0512
        intent:price:lex:and a	-0.0514
        intent:price:lex:loopt	-0.0514
        intent:price:lex:que la	-0.0514
        intent:price:lex:quede	-0.0514
        intent:price:lex:ho chiuso	-0.0516
        intent:price:lex:reservo	-0.0516
        intent:price:lex:dog	-0.0519
        intent:price:lex:ella	-0.0519
        intent:price:lex:wurden gern	-0.0521
        intent:price:lex:impianto	-0.0523
        intent:price:lex:zijn	-0.0523
        intent:price:lex:quanto ci	-0.0526
        intent:price:lex:kitchen	-0.0536
        intent:price:lex:hab	-0.0537
        intent:price:lex:uno	-0.0539
        intent:price:lex:tienen	-0.054
        intent:price:lex:in a	-0.0542
        intent:price:lex:comment	-0.0545
        intent:price:lex:como	-0.0546
        intent:price:lex:sin	-0.0547
        intent:price:lex:month	-0.0548
        intent:price:lex:club	-0.0557
        intent:price:lex:m	-0.0559
        intent:price:lex:ultima	-0.056
        intent:price:lex:wurden	-0.0564
        intent:price:lex:costa	-0.0566
        intent:price:lex:fit	-0.057
        intent:price:lex:con la	-0.0573
        intent:price:lex:depuis	-0.0577
        intent:price:lex:mi	-0.0577
        intent:price:lex:si	-0.0579
        intent:price:lex:ci	-0.0584
        intent:price:lex:need a	-0.059
        intent:price:lex:seguro	-0.0593
        intent:price:lex:ons	-0.0607
        intent:price:lex:vez	-0.0607
        intent:price:lex:auto	-0.0613
        intent:price:lex:a month	-0.0619
        intent:price:lex:nehm	-0.0624
        intent:price:lex:need	-0.063
        intent:price:lex:chiuso	-0.0637
        intent:price:lex:lauft	-0.0637
        intent:price:lex:quanto costa	-0.0637
        intent:price:lex:annuale	-0.0643
        intent:price:lex:kids	-0.0643
        intent:price:lex:dia	-0.065
        intent:price:lex:el seguro	-0.065
        intent:price:lex:otra en	-0.065
        intent:price:lex:seguro del	-0.065
        intent:price:lex:ho	-0.0652
        intent:price:lex:preco	-0.0652
        intent:price:lex:la otra	-0.0653
        intent:price:lex:vous	-0.0653
        intent:price:lex:en marzo	-0.0656
        intent:price:lex:with	-0.0665
        intent:price:lex:otra	-0.0666
        intent:price:lex:todo	-0.0674
        intent:price:lex:vcs	-0.069
        intent:price:lex:mate	-0.0694
        intent:price:lex:come	-0.0698
        intent:price:lex:pm	-0.0699
        intent:price:lex:wie	-0.0705
        intent:price:lex:a kitchen	-0.0709
        intent:price:lex:per un	-0.0709
        intent:price:lex:contract	-0.0727
        intent:price:lex:las	-0.0732
        intent:price:lex:les	-0.0734
        intent:price:lex:trago	-0.0743
        intent:price:lex:preciso	-0.0752
        intent:price:lex:dag	-0.0784
        intent:price:lex:zum	-0.0786
        intent:price:lex:ai	-0.0817
        intent:price:lex:can	-0.0828
        intent:price:lex:offerte	-0.0829
        intent:price:lex:ihr	-0.0835
        intent:price:lex:any	-0.0846
        intent:price:lex:con	-0.0853
        intent:price:lex:gern	-0.0881
        intent:price:lex:aviso	-0.0886
        intent:price:lex:sem aviso	-0.0886
        intent:price:lex:e preciso	-0.0887
        intent:price:lex:o que	-0.089
        intent:price:lex:fine mese	-0.0892
        intent:price:lex:den	-0.0896
        intent:price:lex:die	-0.0903
        intent:price:lex:voces	-0.0913
        intent:price:lex:sem	-0.0918
        intent:price:lex:passou	-0.0929
        intent:price:lex:and	-0.0947
        intent:price:lex:o meu	-0.0951
        intent:price:lex:is	-0.0971
        intent:price:lex:del	-0.0991
        intent:price:lex:passar	-0.0991
        intent:price:lex:il	-0.0995
        intent:price:lex:voor het	-0.1013
        intent:price:lex:da	-0.1017
        intent:price:lex:voor	-0.1018
        intent:price:lex:in	-0.102
        intent:price:lex:a fine	-0.1021
        intent:price:lex:ik	-0.1024
        intent:price:lex:que	-0.1025
        intent:price:lex:que e	-0.1038
        intent:price:lex:no	-0.1067
        intent:price:lex:meu	-0.1089
        intent:price:lex:vence	-0.1096
        intent:price:lex:abbonamento	-0.1157
        intent:price:lex:l abbonamento	-0.1157
        intent:price:lex:der	-0.1162
        intent:price:lex:l	-0.1172
        intent:price:lex:panelen	-0.1173
        intent:price:lex:mcfit	-0.1197
        intent:price:lex:pakket	-0.1213
        intent:price:lex:we gaan	-0.122
        intent:price:lex:gaan	-0.1223
        intent:price:lex:me	-0.1225
        intent:price:lex:het	-0.1262
        intent:price:lex:quero	-0.1269
        intent:price:lex:net	-0.1305
        intent:price:lex:com	-0.1341
        intent:price:lex:na	-0.1479
        intent:price:lex:we	-0.1544
        intent:price:lex:da voi	-0.1665
        intent:price:lex:voi	-0.1713
        intent:price:lex:met	-0.1804
        intent:price:lex:la	-0.2374
        intent:purchase:purchase-ask	2.5162
        intent:purchase:sign-up	2.3977
        intent:purchase:purchase-topic	1.7524
        intent:purchase:follower-spam	1.7063
        intent:purchase:tag-plan	1.7041
        intent:purchase:friend-tag	1.6021
        intent:purchase:team-vocabulary	1.3
        intent:purchase:team-vocabulary-question	1.3
        intent:purchase:callback-promise	0.9614
        intent:purchase:deal-ask	0.9039
        intent:purchase:booking-request	0.7848
        intent:purchase:(bias)	0.7842
        intent:purchase:imperative-request	0.776
        intent:purchase:stated-not-asked	0.7711
        intent:purchase:need-plan	0.6763
        intent:purchase:future-visit	0.3581
        intent:purchase:addressed-question	0.3346
        intent:purchase:switching	0.204
        intent:purchase:review-3-stars	0.165
        intent:purchase:timing	0.1451
        intent:purchase:long-text	0.1117
        intent:purchase:complaint-with-request	0.1109
        intent:purchase:how-much	0.0774
        intent:purchase:past	0.0753
        intent:purchase:sarcasm	0.0728
        intent:purchase:giveaway	0.0324
        intent:purchase:booking-noun	0.0293
        intent:purchase:request	0.0032
        intent:purchase:withdrawn	-0.0001
        intent:purchase:non-customer	-0.0057
        intent:purchase:stated-in-past	-0.0144
        intent:purchase:conditional-offer	-0.0163
        intent:purchase:availability-ask	-0.0181
        intent:purchase:rejection	-0.0327
        intent:purchase:question	-0.0365
        intent:purchase:availability-question	-0.0394
        intent:purchase:abuse	-0.0534
        intent:purchase:seller-intro	-0.0543
        intent:purchase:question-opener	-0.0815
        intent:purchase:price-word	-0.0886
        intent:purchase:multi-tag	-0.1072
        intent:purchase:review-4-5-stars	-0.1261
        intent:purchase:resolved	-0.1942
        intent:purchase:job-seeker	-0.2041
        intent:purchase:party-size	-0.2119
        intent:purchase:reply	-0.2367
        intent:purchase:off-topic	-0.2408
        intent:purchase:price-shape	-0.2793
        intent:purchase:praise	-0.3124
        intent:purchase:curiosity	-0.3457
        intent:purchase:negated-cue	-0.3695
        intent:purchase:rhetorical	-0.3839
        intent:purchase:refusal	-0.4132
        intent:purchase:seeking-replacement	-0.4161
        intent:purchase:current-provider	-0.4559
        intent:purchase:complaint	-0.5066
        intent:purchase:vendor-pitch	-0.5108
        intent:purchase:contact-sent	-0.5267
        intent:purchase:mention	-0.5776
        intent:purchase:laughter	-0.6496
        intent:purchase:booking-ask	-0.7534
        intent:purchase:review-1-2-stars	-0.8894
        intent:purchase:price-ask	-0.9518
        intent:purchase:recovery	-1.2963
        intent:purchase:contact-ask	-1.3854
        intent:purchase:lex:como	0.4381
        intent:purchase:lex:of the	0.3658
        intent:purchase:lex:ich	0.3591
        intent:purchase:lex:ik	0.3049
        intent:purchase:lex:for	0.2807
        intent:purchase:lex:link	0.2805
        intent:purchase:lex:i	0.2736
        intent:purchase:lex:of	0.2641
        intent:purchase:lex:gern	0.2373
        intent:purchase:lex:nehm	0.2362
        intent:purchase:lex:plan	0.2237
        intent:purchase:lex:come	0.2224
        intent:purchase:lex:si	0.2173
        intent:purchase:lex:sito	0.2052
        intent:purchase:lex:bestellen	0.2036
        intent:purchase:lex:ich nehm	0.1971
        intent:purchase:lex:van	0.1968
        intent:purchase:lex:vou	0.1964
        intent:purchase:lex:da	0.193
        intent:purchase:lex:kunnen jullie	0.1849
        intent:purchase:lex:jullie een	0.1836
        intent:purchase:lex:second	0.1808
        intent:purchase:lex:de	0.1722
        intent:purchase:lex:pago	0.1717
        intent:purchase:lex:zum	0.1706
        intent:purchase:lex:come si	0.1686
        intent:purchase:lex:voor	0.1651
        intent:purchase:lex:samstag	0.1644
        intent:purchase:lex:the	0.1633
        intent:purchase:lex:how do	0.1628
        intent:purchase:lex:comment	0.1617
        intent:purchase:lex:restock	0.1612
        intent:purchase:lex:kunnen	0.1603
        intent:purchase:lex:wo	0.1586
        intent:purchase:lex:got a	0.1578
        intent:purchase:lex:zwei	0.1569
        intent:purchase:lex:es	0.1549
        intent:purchase:lex:jullie	0.1538
        intent:purchase:lex:gaan	0.1533
        intent:purchase:lex:quero	0.153
        intent:purchase:lex:collection	0.1502
        intent:purchase:lex:moi	0.1499
        intent:purchase:lex:iscrivo	0.149
        intent:purchase:lex:mi iscrivo	0.149
        intent:purchase:lex:kids	0.1471
        intent:purchase:lex:need	0.1468
        intent:purchase:lex:las	0.1432
        intent:purchase:lex:ultima	0.1417
        intent:purchase:lex:hoodie	0.1411
        intent:purchase:lex:the grey	0.1411
        intent:purchase:lex:grey	0.1409
        intent:purchase:lex:one	0.1407
        intent:purchase:lex:nach osterreich	0.1388
        intent:purchase:lex:osterreich	0.1388
        intent:purchase:lex:comment on	0.1378
        intent:purchase:lex:uns	0.1371
        intent:purchase:lex:how	0.136
        intent:purchase:lex:je passe	0.1358
        intent:purchase:lex:curso	0.1357
        intent:purchase:lex:uma	0.1348
        intent:purchase:lex:turkeys	0.1346
        intent:purchase:lex:passe	0.1336
        intent:purchase:lex:el plan	0.1316
        intent:purchase:lex:paso	0.1305
        intent:purchase:lex:do	0.1293
        intent:purchase:lex:can	0.1288
        intent:purchase:lex:passe le	0.1281
        intent:purchase:lex:a second	0.1248
        intent:purchase:lex:si fa	0.1238
        intent:purchase:lex:we gaan	0.1235
        intent:purchase:lex:pakket	0.1234
        intent:purchase:lex:stage	0.1228
        intent:purchase:lex:panelen	0.1227
        intent:purchase:lex:pagamento	0.1219
        intent:purchase:lex:bestell ich	0.1215
        intent:purchase:lex:la	0.1209
        intent:purchase:lex:amanha	0.1204
        intent:purchase:lex:saying	0.1204
        intent:purchase:lex:got	0.12
        intent:purchase:lex:a dog	0.1194
        intent:purchase:lex:il codice	0.1194
        intent:purchase:lex:codice	0.1192
        intent:purchase:lex:giga	0.119
        intent:purchase:lex:migrazione	0.1189
        intent:purchase:lex:ok	0.1186
        intent:purchase:lex:set	0.1186
        intent:purchase:lex:three	0.1186
        intent:purchase:lex:lol	0.1184
        intent:purchase:lex:voor het	0.1174
        intent:purchase:lex:subscription	0.1163
        intent:purchase:lex:kit	0.116
        intent:purchase:lex:for two	0.1159
        intent:purchase:lex:two of	0.1157
        intent:purchase:lex:dal	0.1145
        intent:purchase:lex:jullie ook	0.114
        intent:purchase:lex:under	0.114
        intent:purchase:lex:dann bestell	0.1135
        intent:purchase:lex:for your	0.1128
        intent:purchase:lex:your bday	0.1124
        intent:purchase:lex:arguments	0.1121
        intent:purchase:lex:no arguments	0.1121
        intent:purchase:lex:como faco	0.1114
        intent:purchase:lex:faco	0.1114
        intent:purchase:lex:free	0.1114
        intent:purchase:lex:bday	0.1113
        intent:purchase:lex:sur	0.1113
        intent:purchase:lex:kids and	0.1112
        intent:purchase:lex:anche	0.1104
        intent:purchase:lex:pelo	0.1101
        intent:purchase:lex:two	0.11
        intent:purchase:lex:range	0.1097
        intent:purchase:lex:top	0.1095
        intent:purchase:lex:solo	0.1094
        intent:purchase:lex:offerte	0.1089
        intent:purchase:lex:can i	0.1085
        intent:purchase:lex:dog	0.1084
        intent:purchase:lex:bestell	0.1081
        intent:purchase:lex:do i	0.108
        intent:purchase:lex:een mail	0.1077
        intent:purchase:lex:mail gestuurd	0.1077
        intent:purchase:lex:do you	0.1072
        intent:purchase:lex:and a	0.1067
        intent:purchase:lex:when	0.1063
        intent:purchase:lex:prend	0.1061
        intent:purchase:lex:ik neem	0.1053
        intent:purchase:lex:neem	0.1052
        intent:purchase:lex:le	0.105
        intent:purchase:lex:sabato	0.105
        intent:purchase:lex:je paie	0.1047
        intent:purchase:lex:deciso	0.104
        intent:purchase:lex:paie	0.104
        intent:purchase:lex:in sede	0.1038
        intent:purchase:lex:sede	0.1034
        intent:purchase:lex:di	0.1029
        intent:purchase:lex:keep	0.1026
        intent:purchase:lex:inscrivez moi	0.1016
        intent:purchase:lex:hago	0.1015
        intent:purchase:lex:moi au	0.1011
        intent:purchase:lex:buy	0.1009
        intent:purchase:lex:no hay	0.1008
        intent:purchase:lex:online	0.1005
        intent:purchase:lex:ich das	0.1004
        intent:purchase:lex:heb jullie	0.0999
        intent:purchase:lex:i need	0.0997
        intent:purchase:lex:taart	0.0993
        intent:purchase:lex:fa	0.0989
        intent:purchase:lex:m en	0.0979
        intent:purchase:lex:camp	0.0977
        intent:purchase:lex:como hago	0.0977
        intent:purchase:lex:the summer	0.0976
        intent:purchase:lex:please	0.0975
        intent:purchase:lex:net	0.0974
        intent:purchase:lex:reserve	0.0974
        intent:purchase:lex:inscrivez	0.0971
        intent:purchase:lex:euro	0.0968
        intent:purchase:lex:up for	0.0962
        intent:purchase:lex:lien	0.0961
        intent:purchase:lex:as	0.096
        intent:purchase:lex:iscrivo al	0.0959
        intent:purchase:lex:esta	0.0958
        intent:purchase:lex:da parte	0.0957
        intent:purchase:lex:commande	0.0952
        intent:purchase:lex:pagare	0.0952
        intent:purchase:lex:voor zaterdag	0.0948
        intent:purchase:lex:gift	0.0947
        intent:purchase:lex:other	0.0947
        intent:purchase:lex:spedite	0.0943
        intent:purchase:lex:kann	0.094
        intent:purchase:lex:meld mich	0.0939
        intent:purchase:lex:plateau	0.0938
        intent:purchase:lex:regalo	0.0936
        intent:purchase:lex:that	0.0934
        intent:purchase:lex:workshop	0.0933
        intent:purchase:lex:does	0.093
        intent:purchase:lex:prendiamo	0.093
        intent:purchase:lex:add	0.0925
        intent:purchase:lex:visit	0.0925
        intent:purchase:lex:ort	0.0911
        intent:purchase:lex:vor ort	0.0911
        intent:purchase:lex:i sign	0.0909
        intent:purchase:lex:order	0.0909
        intent:purchase:lex:unicorn	0.0909
        intent:purchase:lex:tonight	0.0908
        intent:purchase:lex:un plateau	0.0908
        intent:purchase:lex:business	0.0896
        intent:purchase:lex:os	0.0896
        intent:purchase:lex:stasera	0.0894
        intent:purchase:lex:am samstag	0.0891
        intent:purchase:lex:esse	0.0891
        intent:purchase:lex:cuanto	0.0885
        intent:purchase:lex:ci si	0.0883
        intent:purchase:lex:come ci	0.0883
        intent:purchase:lex:foto	0.088
        intent:purchase:lex:christmas	0.0879
        intent:purchase:lex:service	0.0879
        intent:purchase:lex:voglio	0.0875
        intent:purchase:lex:que la	0.0874
        intent:purchase:lex:quede	0.0874
        intent:purchase:lex:september	0.0873
        intent:purchase:lex:gestuurd	0.0872
        intent:purchase:lex:prendo	0.0869
        intent:purchase:lex:reservo	0.0869
        intent:purchase:lex:a la	0.0868
        intent:purchase:lex:just	0.0867
        intent:purchase:lex:devo	0.0866
        intent:purchase:lex:en cuanto	0.0865
        intent:purchase:lex:gleich	0.0864
        intent:purchase:lex:para las	0.0863
        intent:purchase:lex:ya esta	0.0863
        intent:purchase:lex:ci	0.0862
        intent:purchase:lex:ella	0.086
        intent:purchase:lex:pillo	0.0859
        intent:purchase:lex:il sito	0.0858
        intent:purchase:lex:nachste	0.0853
        intent:purchase:lex:too	0.0853
        intent:purchase:lex:por	0.085
        intent:purchase:lex:envios	0.0847
        intent:purchase:lex:hacen	0.0847
        intent:purchase:lex:hacen envios	0.0847
        intent:purchase:lex:month	0.0846
        intent:purchase:lex:mio	0.0843
        intent:purchase:lex:busco	0.0837
        intent:purchase:lex:busco amanha	0.0837
        intent:purchase:lex:gleich zwei	0.0837
        intent:purchase:lex:ich gleich	0.0837
        intent:purchase:lex:pilates	0.0837
        intent:purchase:lex:separa	0.0837
        intent:purchase:lex:versand	0.0837
        intent:purchase:lex:versand nach	0.0837
        intent:purchase:lex:bora	0.0836
        intent:purchase:lex:hint	0.0834
        intent:purchase:lex:hoe	0.0833
        intent:purchase:lex:one tonight	0.0831
        intent:purchase:lex:meld	0.083
        intent:purchase:lex:wurden	0.0829
        intent:purchase:lex:hay	0.0828
        intent:purchase:lex:zodra de	0.0828
        intent:purchase:lex:want	0.0824
        intent:purchase:lex:au	0.0817
        intent:purchase:lex:my	0.0817
        intent:purchase:lex:oude	0.0813
        intent:purchase:lex:fur den	0.0812
        intent:purchase:lex:juillet	0.0812
        intent:purchase:lex:me ne	0.0812
        intent:purchase:lex:intensivo	0.0807
        intent:purchase:lex:zodra	0.0807
        intent:purchase:lex:compra	0.0806
        intent:purchase:lex:livrez	0.0803
        intent:purchase:lex:m	0.0803
        intent:purchase:lex:vous livrez	0.0803
        intent:purchase:lex:need it	0.0802
        intent:purchase:lex:to order	0.0801
        intent:purchase:lex:tres	0.08
        intent:purchase:lex:son	0.0798
        intent:purchase:lex:ook	0.0795
        intent:purchase:lex:del faro	0.0793
        intent:purchase:lex:nach	0.0793
        intent:purchase:lex:faro	0.079
        intent:purchase:lex:haal	0.079
        intent:purchase:lex:haal ik	0.079
        intent:purchase:lex:aside	0.0789
        intent:purchase:lex:next september	0.0783
        intent:purchase:lex:plateau raclette	0.0783
        intent:purchase:lex:raclette	0.0783
        intent:purchase:lex:raclette pour	0.0783
        intent:purchase:lex:passo	0.0778
        intent:purchase:lex:per dag	0.0777
        intent:purchase:lex:commander	0.0774
        intent:purchase:lex:km	0.0774
        intent:purchase:lex:aula	0.077
        intent:purchase:lex:it next	0.0758
        intent:purchase:lex:mich	0.0758
        intent:purchase:lex:summer	0.0754
        intent:purchase:lex:kann man	0.0752
        intent:purchase:lex:dag	0.0751
        intent:purchase:lex:vor	0.0746
        intent:purchase:lex:pers	0.0745
        intent:purchase:lex:cet	0.0744
        intent:purchase:lex:o plano	0.0744
        intent:purchase:lex:al	0.0743
        intent:purchase:lex:apartame	0.074
        intent:purchase:lex:geburtstag	0.074
        intent:purchase:lex:good service	0.074
        intent:purchase:lex:je voudrais	0.0739
        intent:purchase:lex:voudrais	0.0739
        intent:purchase:lex:hem	0.0738
        intent:purchase:lex:hol	0.0738
        intent:purchase:lex:sign	0.0737
        intent:purchase:lex:domani	0.0734
        intent:purchase:lex:for that	0.0732
        intent:purchase:lex:mim	0.0731
        intent:purchase:lex:pra mim	0.0731
        intent:purchase:lex:auch in	0.0728
        intent:purchase:lex:due	0.0727
        intent:purchase:lex:fa a	0.0727
        intent:purchase:lex:book	0.0718
        intent:purchase:lex:auch	0.0717
        intent:purchase:lex:alta	0.0716
        intent:purchase:lex:empezar	0.0716
        intent:purchase:lex:empezar el	0.0716
        intent:purchase:lex:la empresa	0.0716
        intent:purchase:lex:la moto	0.0716
        intent:purchase:lex:quella	0.0716
        intent:purchase:lex:je	0.0714
        intent:purchase:lex:pyme	0.0714
        intent:purchase:lex:abonne	0.0712
        intent:purchase:lex:errore	0.0712
        intent:purchase:lex:con voi	0.0709
        intent:purchase:lex:nuova	0.0709
        intent:purchase:lex:on commande	0.0708
        intent:purchase:lex:your	0.0708
        intent:purchase:lex:grandi	0.0705
        intent:purchase:lex:moto	0.0705
        intent:purchase:lex:olive	0.0702
        intent:purchase:lex:kilo	0.0695
        intent:purchase:lex:wurd	0.0694
        intent:purchase:lex:on s	0.0693
        intent:purchase:lex:arriva	0.0692
        intent:purchase:lex:gas	0.0692
        intent:purchase:lex:envios a	0.0691
        intent:purchase:lex:ausverkauft	0.069
        intent:purchase:lex:basel	0.069
        intent:purchase:lex:in basel	0.069
        intent:purchase:lex:ist es	0.069
        intent:purchase:lex:krieg	0.069
        intent:purchase:lex:order the	0.0689
        intent:purchase:lex:hoje	0.0688
        intent:purchase:lex:laurea	0.0682
        intent:purchase:lex:laurea di	0.0682
        intent:purchase:lex:buying	0.068
        intent:purchase:lex:buying the	0.068
        intent:purchase:lex:live	0.068
        intent:purchase:lex:der schweiz	0.0676
        intent:purchase:lex:maken voor	0.0676
        intent:purchase:lex:schweiz	0.0676
        intent:purchase:lex:duas	0.0674
        intent:purchase:lex:hint hint	0.0674
        intent:purchase:lex:chercher	0.0673
        intent:purchase:lex:le chercher	0.0673
        intent:purchase:lex:per la	0.0673
        intent:purchase:lex:zaterdag	0.067
        intent:purchase:lex:grauburgunder	0.0667
        intent:purchase:lex:chitarra	0.0654
        intent:purchase:lex:figlio ha	0.0654
        intent:purchase:lex:paypal	0.0654
        intent:purchase:lex:team plan	0.0653
        intent:purchase:lex:vrijdag	0.0652
        intent:purchase:lex:i buy	0.065
        intent:purchase:lex:prendre	0.065
        intent:purchase:lex:in town	0.0649
        intent:purchase:lex:town	0.0649
        intent:purchase:lex:is	0.0648
        intent:purchase:lex:cover	0.0646
        intent:purchase:lex:payday	0.0643
        intent:purchase:lex:reserver un	0.0643
        intent:purchase:lex:own	0.0642
        intent:purchase:lex:favor	0.0641
        intent:purchase:lex:im mai	0.0641
        intent:purchase:lex:we get	0.0641
        intent:purchase:lex:reservieren	0.0638
        intent:purchase:lex:figlio	0.0636
        intent:purchase:lex:gern eine	0.0636
        intent:purchase:lex:mio figlio	0.0636
        intent:purchase:lex:hebben	0.0633
        intent:purchase:lex:schrijf	0.0633
        intent:purchase:lex:al corso	0.0632
        intent:purchase:lex:for christmas	0.0631
        intent:purchase:lex:kg	0.0631
        intent:purchase:lex:hiermit	0.063
        intent:purchase:lex:they do	0.0629
        intent:purchase:lex:the team	0.0624
        intent:purchase:lex:wurden gern	0.0623
        intent:purchase:lex:get the	0.0622
        intent:purchase:lex:wie	0.0621
        intent:purchase:lex:intensivo de	0.062
        intent:purchase:lex:met	0.0619
        intent:purchase:lex:if they	0.0618
        intent:purchase:lex:y queremos	0.0618
        intent:purchase:lex:oak	0.0617
        intent:purchase:lex:the oak	0.0617
        intent:purchase:lex:wie lauft	0.0617
        intent:purchase:lex:places	0.0616
        intent:purchase:lex:de cote	0.0615
        intent:purchase:lex:guarda	0.0615
        intent:purchase:lex:online bestellen	0.0615
        intent:purchase:lex:wurd gern	0.0615
        intent:purchase:lex:com vcs	0.0614
        intent:purchase:lex:e ficou	0.0614
        intent:purchase:lex:fez	0.0614
        intent:purchase:lex:fez a	0.0614
        intent:purchase:lex:ficou top	0.0614
        intent:purchase:lex:igualzinha	0.0614
        intent:purchase:lex:meu vizinho	0.0614
        intent:purchase:lex:quero uma	0.0614
        intent:purchase:lex:vizinho	0.0614
        intent:purchase:lex:pour samedi	0.0613
        intent:purchase:lex:die groene	0.0612
        intent:purchase:lex:groene	0.0612
        intent:purchase:lex:cote	0.0611
        intent:purchase:lex:gente	0.0611
        intent:purchase:lex:ich die	0.061
        intent:purchase:lex:al curso	0.0608
        intent:purchase:lex:curso intensivo	0.0608
        intent:purchase:lex:website	0.0607
        intent:purchase:lex:de milho	0.0606
        intent:purchase:lex:in der	0.0606
        intent:purchase:lex:kann ich	0.0606
        intent:purchase:lex:milho	0.0606
        intent:purchase:lex:hatt	0.0605
        intent:purchase:lex:hatt gern	0.0605
        intent:purchase:lex:hago para	0.0603
        intent:purchase:lex:plan de	0.0602
        intent:purchase:lex:portar	0.0602
        intent:purchase:lex:tienda	0.0602
        intent:purchase:lex:hol sie	0.0601
        intent:purchase:lex:el numero	0.06
        intent:purchase:lex:existing	0.06
        intent:purchase:lex:in jan	0.06
        intent:purchase:lex:our existing	0.06
        intent:purchase:lex:cajas	0.0599
        intent:purchase:lex:precommande	0.0599
        intent:purchase:lex:ve	0.0599
        intent:purchase:lex:tarif	0.0598
        intent:purchase:lex:transferencia	0.0598
        intent:purchase:lex:a cozinha	0.0594
        intent:purchase:lex:aniversario	0.0593
        intent:purchase:lex:one of	0.0592
        intent:purchase:lex:sabado de	0.0591
        intent:purchase:lex:we	0.0591
        intent:purchase:lex:huber	0.0588
        intent:purchase:lex:cozinha	0.0586
        intent:purchase:lex:nu	0.0584
        intent:purchase:lex:it	0.0582
        intent:purchase:lex:plano	0.0582
        intent:purchase:lex:pass	0.0581
        intent:purchase:lex:de nata	0.058
        intent:purchase:lex:nata	0.058
        intent:purchase:lex:pasteis	0.058
        intent:purchase:lex:pasteis de	0.058
        intent:purchase:lex:pelo site	0.058
        intent:purchase:lex:dann	0.0579
        intent:purchase:lex:cadeaubonnen	0.0578
        intent:purchase:lex:compro	0.0578
        intent:purchase:lex:pay	0.0577
        intent:purchase:lex:plano de	0.0577
        intent:purchase:lex:mega	0.0575
        intent:purchase:lex:mij	0.0575
        intent:purchase:lex:numero	0.0574
        intent:purchase:lex:schoonmoeder	0.0572
        intent:purchase:lex:de las	0.057
        intent:purchase:lex:mai	0.057
        intent:purchase:lex:pro meu	0.057
        intent:purchase:lex:quiero pedir	0.0567
        intent:purchase:lex:hebben jullie	0.0566
        intent:purchase:lex:your website	0.0566
        intent:purchase:lex:site	0.0565
        intent:purchase:lex:guy	0.0564
        intent:purchase:lex:personas	0.0564
        intent:purchase:lex:bolo	0.0562
        intent:purchase:lex:buoni	0.0562
        intent:purchase:lex:o bolo	0.0562
        intent:purchase:lex:suocera	0.0562
        intent:purchase:lex:a bergamo	0.0561
        intent:purchase:lex:set up	0.0561
        intent:purchase:lex:bergamo	0.056
        intent:purchase:lex:ritiro	0.056
        intent:purchase:lex:pro	0.0559
        intent:purchase:lex:entschieden	0.0558
        intent:purchase:lex:herrn	0.0558
        intent:purchase:lex:in negozio	0.0557
        intent:purchase:lex:mamma	0.0557
        intent:purchase:lex:negozio a	0.0557
        intent:purchase:lex:seats	0.0557
        intent:purchase:lex:faco a	0.0555
        intent:purchase:lex:kwp	0.0555
        intent:purchase:lex:mit speicher	0.0555
        intent:purchase:lex:speicher	0.0555
        intent:purchase:lex:nehm den	0.0554
        intent:purchase:lex:unterlagen	0.0554
        intent:purchase:lex:la plata	0.0553
        intent:purchase:lex:plata	0.0553
        intent:purchase:lex:ya tengo	0.0553
        intent:purchase:lex:on your	0.0552
        intent:purchase:lex:year old	0.0552
        intent:purchase:lex:i ll	0.055
        intent:purchase:lex:mijn vader	0.055
        intent:purchase:lex:vader	0.055
        intent:purchase:lex:paket	0.0549
        intent:purchase:lex:do we	0.0548
        intent:purchase:lex:jan	0.0548
        intent:purchase:lex:hab ich	0.0547
        intent:purchase:lex:my mum	0.0546
        intent:purchase:lex:ll	0.0545
        intent:purchase:lex:ne	0.0545
        intent:purchase:lex:size	0.0544
        intent:purchase:lex:year	0.0544
        intent:purchase:lex:levantar	0.0543
        intent:purchase:lex:oculos	0.0543
        intent:purchase:lex:pagar	0.0543
        intent:purchase:lex:loja	0.0542
        intent:purchase:lex:curso de	0.0541
        intent:purchase:lex:no curso	0.0541
        intent:purchase:lex:onder	0.054
        intent:purchase:lex:onder de	0.054
        intent:purchase:lex:will need	0.054
        intent:purchase:lex:ins	0.0539
        intent:purchase:lex:vou fazer	0.0538
        intent:purchase:lex:old	0.0537
        intent:purchase:lex:buy the	0.0536
        intent:purchase:lex:an	0.0535
        intent:purchase:lex:je m	0.0535
        intent:purchase:lex:eco	0.0534
        intent:purchase:lex:love	0.0534
        intent:purchase:lex:stuff	0.0534
        intent:purchase:lex:parte	0.0532
        intent:purchase:lex:lauft	0.0531
        intent:purchase:lex:kisten	0.053
        intent:purchase:lex:ci sono	0.0529
        intent:purchase:lex:e vorrebbe	0.0529
        intent:purchase:lex:like	0.0529
        intent:purchase:lex:vorrebbe	0.0529
        intent:purchase:lex:wir wurden	0.0529
        intent:purchase:lex:ce soir	0.0528
        intent:purchase:lex:e esse	0.0528
        intent:purchase:lex:en un	0.0528
        intent:purchase:lex:esse o	0.0528
        intent:purchase:lex:un de	0.0528
        intent:purchase:lex:voor mijn	0.0528
        intent:purchase:lex:apunto	0.0527
        intent:purchase:lex:apunto al	0.0527
        intent:purchase:lex:posti	0.0527
        intent:purchase:lex:pour l	0.0526
        intent:purchase:lex:grandes	0.0524
        intent:purchase:lex:name	0.0521
        intent:purchase:lex:putting	0.0521
        intent:purchase:lex:stollen	0.0521
        intent:purchase:lex:ist	0.0516
        intent:purchase:lex:de agosto	0.0514
        intent:purchase:lex:ve got	0.0514
        intent:purchase:lex:por la	0.0511
        intent:purchase:lex:die	0.051
        intent:purchase:lex:samedi	0.051
        intent:purchase:lex:way	0.0509
        intent:purchase:lex:cafe in	0.0508
        intent:purchase:lex:da pra	0.0508
        intent:purchase:lex:de reyes	0.0508
        intent:purchase:lex:reyes	0.0508
        intent:purchase:lex:inglese	0.0507
        intent:purchase:lex:negozio	0.0507
        intent:purchase:lex:voucher	0.0507
        intent:purchase:lex:to our	0.0506
        intent:purchase:lex:nachste woche	0.0505
        intent:purchase:lex:sol	0.0505
        intent:purchase:lex:want it	0.0505
        intent:purchase:lex:whenever	0.0505
        intent:purchase:lex:fazer	0.0501
        intent:purchase:lex:pick up	0.0501
        intent:purchase:lex:rack	0.0501
        intent:purchase:lex:bring	0.0498
        intent:purchase:lex:lamb	0.0498
        intent:purchase:lex:lawn	0.0498
        intent:purchase:lex:on prend	0.0498
        intent:purchase:lex:uno	0.0498
        intent:purchase:lex:wo kann	0.0498
        intent:purchase:lex:coming	0.0497
        intent:purchase:lex:kartons	0.0497
        intent:purchase:lex:moeder en	0.0497
        intent:purchase:lex:betalen	0.0496
        intent:purchase:lex:como compro	0.0496
        intent:purchase:lex:prend le	0.0496
        intent:purchase:lex:verjaardag	0.0496
        intent:purchase:lex:return	0.0494
        intent:purchase:lex:you guys	0.0494
        intent:purchase:lex:twee	0.0493
        intent:purchase:lex:immer	0.0492
        intent:purchase:lex:post	0.0491
        intent:purchase:lex:zahlen	0.0491
        intent:purchase:lex:en prend	0.0488
        intent:purchase:lex:holen wir	0.0488
        intent:purchase:lex:per pasqua	0.0488
        intent:purchase:lex:prend une	0.0488
        intent:purchase:lex:geschickt	0.0486
        intent:purchase:lex:code	0.0485
        intent:purchase:lex:take	0.0484
        intent:purchase:lex:a inscricao	0.0481
        intent:purchase:lex:down for	0.0481
        intent:purchase:lex:das auch	0.048
        intent:purchase:lex:s das	0.048
        intent:purchase:lex:bar	0.0479
        intent:purchase:lex:find	0.0479
        intent:purchase:lex:grosse	0.0478
        intent:purchase:lex:mochte	0.0478
        intent:purchase:lex:a gente	0.0477
        intent:purchase:lex:a ottobre	0.0475
        intent:purchase:lex:ihr auch	0.0474
        intent:purchase:lex:pour le	0.0473
        intent:purchase:lex:faco o	0.0472
        intent:purchase:lex:wir uns	0.0472
        intent:purchase:lex:small	0.047
        intent:purchase:lex:holen	0.0467
        intent:purchase:lex:pick	0.0467
        intent:purchase:lex:cadeaubon	0.0466
        intent:purchase:lex:cadeaubon voor	0.0466
        intent:purchase:lex:filho	0.0466
        intent:purchase:lex:good	0.0466
        intent:purchase:lex:meu filho	0.0466
        intent:purchase:lex:ordinazione	0.0464
        intent:purchase:lex:su ordinazione	0.0464
        intent:purchase:lex:rosario	0.0458
        intent:purchase:lex:bolo do	0.0457
        intent:purchase:lex:con el	0.0457
        intent:purchase:lex:cupcakes	0.0457
        intent:purchase:lex:i ve	0.0455
        intent:purchase:lex:da foto	0.0453
        intent:purchase:lex:down	0.0453
        intent:purchase:lex:zit	0.0453
        intent:purchase:lex:another	0.0451
        intent:purchase:lex:cet ete	0.0451
        intent:purchase:lex:occupe	0.0451
        intent:purchase:lex:compramos	0.045
        intent:purchase:lex:bald	0.0449
        intent:purchase:lex:le lien	0.0448
        intent:purchase:lex:lien marche	0.0448
        intent:purchase:lex:marche	0.0448
        intent:purchase:lex:marche pas	0.0448
        intent:purchase:lex:ete	0.0447
        intent:purchase:lex:me quedo	0.0447
        intent:purchase:lex:di mia	0.0446
        intent:purchase:lex:bio	0.0443
        intent:purchase:lex:party	0.0443
        intent:purchase:lex:a conta	0.0442
        intent:purchase:lex:a noite	0.0442
        intent:purchase:lex:conta	0.0442
        intent:purchase:lex:prezzo	0.0442
        intent:purchase:lex:svp	0.0442
        intent:purchase:lex:meu mei	0.0441
        intent:purchase:lex:bon	0.044
        intent:purchase:lex:pasqua	0.044
        intent:purchase:lex:mettez	0.0439
        intent:purchase:lex:o link	0.0439
        intent:purchase:lex:encargar	0.0436
        intent:purchase:lex:livrez a	0.0436
        intent:purchase:lex:mail	0.0436
        intent:purchase:lex:noite	0.0436
        intent:purchase:lex:ficou	0.0434
        intent:purchase:lex:hago el	0.0433
        intent:purchase:lex:je prends	0.0432
        intent:purchase:lex:prends	0.0432
        intent:purchase:lex:abrir	0.0431
        intent:purchase:lex:do my	0.0431
        intent:purchase:lex:filing	0.0431
        intent:purchase:lex:late filing	0.0431
        intent:purchase:lex:week and	0.0431
        intent:purchase:lex:maken	0.043
        intent:purchase:lex:to check	0.043
        intent:purchase:lex:compro o	0.0429
        intent:purchase:lex:i order	0.0429
        intent:purchase:lex:stack	0.0428
        intent:purchase:lex:voudrais reserver	0.0427
        intent:purchase:lex:it on	0.0426
        intent:purchase:lex:de manha	0.0425
        intent:purchase:lex:on fait	0.0424
        intent:purchase:lex:sie	0.0424
        intent:purchase:lex:obra	0.0423
        intent:purchase:lex:pos	0.0423
        intent:purchase:lex:pos obra	0.0423
        intent:purchase:lex:trial	0.042
        intent:purchase:lex:bacalhau	0.0419
        intent:purchase:lex:e uma	0.0419
        intent:purchase:lex:encomendar	0.0419
        intent:purchase:lex:dois	0.0418
        intent:purchase:lex:trimestral	0.0418
        intent:purchase:lex:bio ta	0.0417
        intent:purchase:lex:da bio	0.0417
        intent:purchase:lex:link da	0.0417
        intent:purchase:lex:and still	0.0416
        intent:purchase:lex:lift	0.0416
        intent:purchase:lex:schrijf ik	0.0416
        intent:purchase:lex:to add	0.0416
        intent:purchase:lex:something	0.0415
        intent:purchase:lex:samen	0.0414
        intent:purchase:lex:wir haben	0.0414
        intent:purchase:lex:el pedido	0.0413
        intent:purchase:lex:papa	0.0413
        intent:purchase:lex:frais de	0.0412
        intent:purchase:lex:suisse	0.0412
        intent:purchase:lex:d buy	0.0411
        intent:purchase:lex:i d	0.0411
        intent:purchase:lex:nice but	0.0411
        intent:purchase:lex:normal	0.0411
        intent:purchase:lex:ya	0.0411
        intent:purchase:lex:voudrais commander	0.041
        intent:purchase:lex:account	0.0408
        intent:purchase:lex:se puede	0.0407
        intent:purchase:lex:frais	0.0406
        intent:purchase:lex:les frais	0.0406
        intent:purchase:lex:they	0.0405
        intent:purchase:lex:sono	0.0404
        intent:purchase:lex:spedite anche	0.0404
        intent:purchase:lex:fete	0.0403
        intent:purchase:lex:one too	0.0403
        intent:purchase:lex:for my	0.0402
        intent:purchase:lex:ireland	0.0402
        intent:purchase:lex:ship to	0.0402
        intent:purchase:lex:to ireland	0.0402
        intent:purchase:lex:like a	0.04
        intent:purchase:lex:tisch	-0.0401
        intent:purchase:lex:man bei	-0.0402
        intent:purchase:lex:precios	-0.0404
        intent:purchase:lex:carnet	-0.0405
        intent:purchase:lex:de vries	-0.0405
        intent:purchase:lex:muss	-0.0405
        intent:purchase:lex:passt	-0.0405
        intent:purchase:lex:vries	-0.0405
        intent:purchase:lex:is it	-0.0406
        intent:purchase:lex:cumple	-0.0407
        intent:purchase:lex:to come	-0.0407
        intent:purchase:lex:seit	-0.0409
        intent:purchase:lex:we sign	-0.041
        intent:purchase:lex:estoy en	-0.0413
        intent:purchase:lex:il vostro	-0.0413
        intent:purchase:lex:moglich	-0.0414
        intent:purchase:lex:nog in	-0.0415
        intent:purchase:lex:this is	-0.0415
        intent:purchase:lex:vostro	-0.0416
        intent:purchase:lex:auf dem	-0.0418
        intent:purchase:lex:lo	-0.0418
        intent:purchase:lex:start	-0.0418
        intent:purchase:lex:ein handwerksbetrieb	-0.0422
        intent:purchase:lex:fee	-0.0422
        intent:purchase:lex:handwerksbetrieb	-0.0422
        intent:purchase:lex:handwerksbetrieb mit	-0.0422
        intent:purchase:lex:joining	-0.0422
        intent:purchase:lex:joining fee	-0.0422
        intent:purchase:lex:fit	-0.0423
        intent:purchase:lex:there	-0.0424
        intent:purchase:lex:to get	-0.0424
        intent:purchase:lex:jemand	-0.0425
        intent:purchase:lex:for a	-0.0426
        intent:purchase:lex:bel	-0.0427
        intent:purchase:lex:e il	-0.0428
        intent:purchase:lex:para el	-0.0429
        intent:purchase:lex:sale	-0.0431
        intent:purchase:lex:are you	-0.0433
        intent:purchase:lex:i scho	-0.0433
        intent:purchase:lex:me la	-0.0433
        intent:purchase:lex:scho	-0.0433
        intent:purchase:lex:basic	-0.0434
        intent:purchase:lex:basic fit	-0.0434
        intent:purchase:lex:dad	-0.0435
        intent:purchase:lex:dem	-0.0436
        intent:purchase:lex:easter	-0.0436
        intent:purchase:lex:naar	-0.0437
        intent:purchase:lex:pegar	-0.0439
        intent:purchase:lex:mon	-0.044
        intent:purchase:lex:mit	-0.0441
        intent:purchase:lex:mois	-0.0441
        intent:purchase:lex:empresa que	-0.0442
        intent:purchase:lex:o nosso	-0.0442
        intent:purchase:lex:proposta	-0.0442
        intent:purchase:lex:sunrise	-0.0442
        intent:purchase:lex:sunrise class	-0.0442
        intent:purchase:lex:the sunrise	-0.0442
        intent:purchase:lex:com	-0.0443
        intent:purchase:lex:mi bitte	-0.0443
        intent:purchase:lex:suchen	-0.0443
        intent:purchase:lex:deixa	-0.0444
        intent:purchase:lex:j	-0.0444
        intent:purchase:lex:agora	-0.0445
        intent:purchase:lex:left	-0.0447
        intent:purchase:lex:ce serait	-0.0448
        intent:purchase:lex:ha	-0.0448
        intent:purchase:lex:oder nur	-0.0449
        intent:purchase:lex:de queijo	-0.0451
        intent:purchase:lex:familia	-0.0451
        intent:purchase:lex:forniture	-0.0451
        intent:purchase:lex:in zona	-0.0451
        intent:purchase:lex:pao de	-0.0451
        intent:purchase:lex:pra familia	-0.0451
        intent:purchase:lex:queijo	-0.0451
        intent:purchase:lex:san	-0.0451
        intent:purchase:lex:depois do	-0.0452
        intent:purchase:lex:feira	-0.0452
        intent:purchase:lex:tao	-0.0452
        intent:purchase:lex:treino	-0.0452
        intent:purchase:lex:un bar	-0.0452
        intent:purchase:lex:vcs tao	-0.0452
        intent:purchase:lex:dagen	-0.0453
        intent:purchase:lex:estoy	-0.0453
        intent:purchase:lex:evening	-0.0453
        intent:purchase:lex:kitchen	-0.0453
        intent:purchase:lex:teneis	-0.0453
        intent:purchase:lex:getting married	-0.0454
        intent:purchase:lex:keller	-0.0454
        intent:purchase:lex:married	-0.0454
        intent:purchase:lex:re getting	-0.0454
        intent:purchase:lex:b2	-0.0455
        intent:purchase:lex:haceis	-0.0455
        intent:purchase:lex:mi fate	-0.0455
        intent:purchase:lex:condominio	-0.0456
        intent:purchase:lex:meio	-0.0456
        intent:purchase:lex:sept	-0.0456
        intent:purchase:lex:move	-0.0457
        intent:purchase:lex:nachsten	-0.0457
        intent:purchase:lex:nachsten monat	-0.0457
        intent:purchase:lex:ci trasferiamo	-0.0458
        intent:purchase:lex:days	-0.0458
        intent:purchase:lex:marzo e	-0.0458
        intent:purchase:lex:theorie	-0.0458
        intent:purchase:lex:trasferiamo	-0.0458
        intent:purchase:lex:trasferiamo a	-0.0458
        intent:purchase:lex:monat	-0.0459
        intent:purchase:lex:getting	-0.046
        intent:purchase:lex:l atelier	-0.0461
        intent:purchase:lex:lena	-0.0461
        intent:purchase:lex:quanto	-0.0461
        intent:purchase:lex:dienstag	-0.0463
        intent:purchase:lex:got any	-0.0463
        intent:purchase:lex:need someone	-0.0463
        intent:purchase:lex:entro	-0.0464
        intent:purchase:lex:nach graz	-0.0467
        intent:purchase:lex:in august	-0.0468
        intent:purchase:lex:no feriado	-0.0468
        intent:purchase:lex:a l	-0.0469
        intent:purchase:lex:bei euch	-0.0469
        intent:purchase:lex:next week	-0.0469
        intent:purchase:lex:nen	-0.0473
        intent:purchase:lex:per un	-0.0473
        intent:purchase:lex:thinking	-0.0474
        intent:purchase:lex:thinking of	-0.0474
        intent:purchase:lex:lessons	-0.0476
        intent:purchase:lex:este mes	-0.0477
        intent:purchase:lex:fur	-0.0478
        intent:purchase:lex:giovedi	-0.0478
        intent:purchase:lex:i get	-0.0478
        intent:purchase:lex:onze	-0.048
        intent:purchase:lex:ha chiuso	-0.0483
        intent:purchase:lex:siamo	-0.0484
        intent:purchase:lex:encore	-0.0493
        intent:purchase:lex:ho	-0.0494
        intent:purchase:lex:em braga	-0.0497
        intent:purchase:lex:feriado	-0.0497
        intent:purchase:lex:tardes	-0.0497
        intent:purchase:lex:i still	-0.0498
        intent:purchase:lex:internet	-0.0498
        intent:purchase:lex:january	-0.0499
        intent:purchase:lex:bornes	-0.0501
        intent:purchase:lex:bornes de	-0.0501
        intent:purchase:lex:de recharge	-0.0501
        intent:purchase:lex:recharge	-0.0501
        intent:purchase:lex:suis en	-0.0501
        intent:purchase:lex:aqui	-0.0502
        intent:purchase:lex:volgende	-0.0502
        intent:purchase:lex:in	-0.0503
        intent:purchase:lex:im	-0.0504
        intent:purchase:lex:mi	-0.0504
        intent:purchase:lex:inplannen	-0.0506
        intent:purchase:lex:order for	-0.0508
        intent:purchase:lex:wordt	-0.0509
        intent:purchase:lex:braga	-0.051
        intent:purchase:lex:casa	-0.051
        intent:purchase:lex:pls	-0.051
        intent:purchase:lex:price	-0.051
        intent:purchase:lex:y me	-0.051
        intent:purchase:lex:for the	-0.0511
        intent:purchase:lex:soeur	-0.0511
        intent:purchase:lex:sunday	-0.0512
        intent:purchase:lex:graz	-0.0513
        intent:purchase:lex:zona de	-0.0515
        intent:purchase:lex:faites les	-0.0516
        intent:purchase:lex:kommen	-0.0516
        intent:purchase:lex:liefst	-0.0516
        intent:purchase:lex:a nossa	-0.0517
        intent:purchase:lex:antiga	-0.0517
        intent:purchase:lex:assinatura	-0.0517
        intent:purchase:lex:nos para	-0.0517
        intent:purchase:lex:staff	-0.052
        intent:purchase:lex:atelier	-0.0523
        intent:purchase:lex:la facture	-0.0525
        intent:purchase:lex:procuramos	-0.0528
        intent:purchase:lex:que je	-0.0529
        intent:purchase:lex:bella	-0.053
        intent:purchase:lex:explose	-0.053
        intent:purchase:lex:pretty	-0.053
        intent:purchase:lex:s a	-0.053
        intent:purchase:lex:unser	-0.0531
        intent:purchase:lex:bitte fur	-0.0532
        intent:purchase:lex:fix	-0.0532
        intent:purchase:lex:proposez	-0.0532
        intent:purchase:lex:werken	-0.0533
        intent:purchase:lex:max	-0.0534
        intent:purchase:lex:facture	-0.0535
        intent:purchase:lex:she s	-0.0535
        intent:purchase:lex:a saturday	-0.0537
        intent:purchase:lex:domicilio	-0.0538
        intent:purchase:lex:il	-0.054
        intent:purchase:lex:this for	-0.054
        intent:purchase:lex:manutencao	-0.0542
        intent:purchase:lex:que me	-0.0542
        intent:purchase:lex:and my	-0.0544
        intent:purchase:lex:if	-0.0544
        intent:purchase:lex:chiuso	-0.0545
        intent:purchase:lex:o senhor	-0.0546
        intent:purchase:lex:senhor	-0.0546
        intent:purchase:lex:janner	-0.0547
        intent:purchase:lex:on a	-0.0548
        intent:purchase:lex:a giugno	-0.0551
        intent:purchase:lex:fate	-0.0551
        intent:purchase:lex:een nieuwe	-0.0555
        intent:purchase:lex:steeds	-0.0555
        intent:purchase:lex:da nossa	-0.0556
        intent:purchase:lex:l	-0.0556
        intent:purchase:lex:t	-0.0556
        intent:purchase:lex:le week	-0.0557
        intent:purchase:lex:week end	-0.0557
        intent:purchase:lex:wird	-0.0557
        intent:purchase:lex:serait	-0.0559
        intent:purchase:lex:knippen	-0.056
        intent:purchase:lex:mese	-0.056
        intent:purchase:lex:a cockapoo	-0.0561
        intent:purchase:lex:leeds	-0.0563
        intent:purchase:lex:ends in	-0.0565
        intent:purchase:lex:it again	-0.0565
        intent:purchase:lex:call	-0.0567
        intent:purchase:lex:nous	-0.0567
        intent:purchase:lex:hiked	-0.0568
        intent:purchase:lex:matted	-0.0569
        intent:purchase:lex:contract with	-0.0572
        intent:purchase:lex:march and	-0.0574
        intent:purchase:lex:ca	-0.0577
        intent:purchase:lex:euch ohne	-0.0577
        intent:purchase:lex:since	-0.0581
        intent:purchase:lex:hort	-0.0583
        intent:purchase:lex:vanaf	-0.059
        intent:purchase:lex:zahlt	-0.059
        intent:purchase:lex:zahlt man	-0.059
        intent:purchase:lex:tudo	-0.0591
        intent:purchase:lex:coimbra	-0.0595
        intent:purchase:lex:schreib	-0.0596
        intent:purchase:lex:o q	-0.0597
        intent:purchase:lex:aumento	-0.0598
        intent:purchase:lex:lentes de	-0.0598
        intent:purchase:lex:lentes	-0.06
        intent:purchase:lex:vcs	-0.06
        intent:purchase:lex:sind ein	-0.0603
        intent:purchase:lex:cockapoo	-0.0604
        intent:purchase:lex:fur ein	-0.0604
        intent:purchase:lex:sohn	-0.0604
        intent:purchase:lex:marz	-0.0605
        intent:purchase:lex:ends	-0.0606
        intent:purchase:lex:el sabado	-0.0608
        intent:purchase:lex:ohne	-0.061
        intent:purchase:lex:avant	-0.0612
        intent:purchase:lex:depuis	-0.0612
        intent:purchase:lex:que eu	-0.0619
        intent:purchase:lex:iemand	-0.0623
        intent:purchase:lex:fully	-0.0626
        intent:purchase:lex:taking new	-0.0627
        intent:purchase:lex:wollen	-0.0628
        intent:purchase:lex:otimo	-0.063
        intent:purchase:lex:queria no	-0.063
        intent:purchase:lex:mars	-0.0631
        intent:purchase:lex:depois	-0.0633
        intent:purchase:lex:wir sind	-0.0633
        intent:purchase:lex:no meu	-0.0634
        intent:purchase:lex:fico	-0.0635
        intent:purchase:lex:been	-0.0636
        intent:purchase:lex:will	-0.0637
        intent:purchase:lex:and	-0.0638
        intent:purchase:lex:de siempre	-0.0644
        intent:purchase:lex:mes	-0.0644
        intent:purchase:lex:no me	-0.0644
        intent:purchase:lex:y ya	-0.0644
        intent:purchase:lex:clients	-0.0645
        intent:purchase:lex:new clients	-0.0645
        intent:purchase:lex:nuestra	-0.0646
        intent:purchase:lex:fijo	-0.0647
        intent:purchase:lex:tamanho	-0.0647
        intent:purchase:lex:these guys	-0.0647
        intent:purchase:lex:fait pour	-0.0648
        intent:purchase:lex:quando	-0.0649
        intent:purchase:lex:ya no	-0.0651
        intent:purchase:lex:chamberi	-0.0652
        intent:purchase:lex:che	-0.0653
        intent:purchase:lex:agosto	-0.0655
        intent:purchase:lex:pour	-0.0661
        intent:purchase:lex:mudamos	-0.0665
        intent:purchase:lex:mudamos a	-0.0665
        intent:purchase:lex:nos mudamos	-0.0665
        intent:purchase:lex:hija	-0.0666
        intent:purchase:lex:mi hija	-0.0666
        intent:purchase:lex:tem	-0.0669
        intent:purchase:lex:should	-0.067
        intent:purchase:lex:je suis	-0.0671
        intent:purchase:lex:suis	-0.0671
        intent:purchase:lex:dia	-0.0679
        intent:purchase:lex:aca	-0.0685
        intent:purchase:lex:siempre	-0.0688
        intent:purchase:lex:le samedi	-0.0691
        intent:purchase:lex:o	-0.0697
        intent:purchase:lex:q	-0.0697
        intent:purchase:lex:queria levar	-0.0697
        intent:purchase:lex:alguem de	-0.0703
        intent:purchase:lex:mp	-0.0703
        intent:purchase:lex:on se	-0.0707
        intent:purchase:lex:viernes	-0.0707
        intent:purchase:lex:et	-0.0714
        intent:purchase:lex:on the	-0.0716
        intent:purchase:lex:giugno	-0.072
        intent:purchase:lex:from	-0.0725
        intent:purchase:lex:interessada	-0.0727
        intent:purchase:lex:qu on	-0.0727
        intent:purchase:lex:fait	-0.0728
        intent:purchase:lex:e	-0.0729
        intent:purchase:lex:ihr	-0.073
        intent:purchase:lex:these	-0.073
        intent:purchase:lex:wil graag	-0.0734
        intent:purchase:lex:do a	-0.074
        intent:purchase:lex:village	-0.074
        intent:purchase:lex:zu	-0.0747
        intent:purchase:lex:qu	-0.0751
        intent:purchase:lex:wil	-0.0752
        intent:purchase:lex:com a	-0.0755
        intent:purchase:lex:de la	-0.0756
        intent:purchase:lex:ao	-0.0762
        intent:purchase:lex:class	-0.0762
        intent:purchase:lex:op	-0.0762
        intent:purchase:lex:mir	-0.0765
        intent:purchase:lex:le fait	-0.0768
        intent:purchase:lex:or is	-0.0768
        intent:purchase:lex:el viernes	-0.0769
        intent:purchase:lex:pour tes	-0.0773
        intent:purchase:lex:tes	-0.0777
        intent:purchase:lex:achter	-0.0779
        intent:purchase:lex:voor en	-0.0779
        intent:purchase:lex:vraag	-0.0779
        intent:purchase:lex:em minas	-0.0781
        intent:purchase:lex:casamento	-0.0783
        intent:purchase:lex:casamento em	-0.0783
        intent:purchase:lex:work	-0.0784
        intent:purchase:lex:entregas	-0.0786
        intent:purchase:lex:fazem entregas	-0.0786
        intent:purchase:lex:uhr	-0.0787
        intent:purchase:lex:rijtjeshuis	-0.0791
        intent:purchase:lex:rijtjeshuis in	-0.0791
        intent:purchase:lex:puppy	-0.0792
        intent:purchase:lex:casamos	-0.0793
        intent:purchase:lex:est	-0.0793
        intent:purchase:lex:em agosto	-0.0794
        intent:purchase:lex:hall	-0.0794
        intent:purchase:lex:roast	-0.0802
        intent:purchase:lex:voces fazem	-0.0802
        intent:purchase:lex:is the	-0.0803
        intent:purchase:lex:ik wil	-0.0807
        intent:purchase:lex:atendimento	-0.081
        intent:purchase:lex:toch	-0.0812
        intent:purchase:lex:aguardo	-0.0819
        intent:purchase:lex:end	-0.0822
        intent:purchase:lex:nieuwe	-0.0823
        intent:purchase:lex:taking	-0.0825
        intent:purchase:lex:morning	-0.0832
        intent:purchase:lex:bei	-0.0838
        intent:purchase:lex:bij	-0.0838
        intent:purchase:lex:insieme	-0.0844
        intent:purchase:lex:sind	-0.0846
        intent:purchase:lex:fica	-0.0847
        intent:purchase:lex:mum	-0.085
        intent:purchase:lex:nao	-0.085
        intent:purchase:lex:whats	-0.0858
        intent:purchase:lex:mandato	-0.0863
        intent:purchase:lex:booked	-0.0868
        intent:purchase:lex:les	-0.0873
        intent:purchase:lex:hora	-0.0875
        intent:purchase:lex:quoi	-0.0891
        intent:purchase:lex:nicht	-0.0893
        intent:purchase:lex:il nostro	-0.0896
        intent:purchase:lex:me	-0.0898
        intent:purchase:lex:voces	-0.0898
        intent:purchase:lex:nostro	-0.0899
        intent:purchase:lex:en	-0.09
        intent:purchase:lex:adulti	-0.0901
        intent:purchase:lex:queria passar	-0.0903
        intent:purchase:lex:sempre	-0.0903
        intent:purchase:lex:om	-0.0904
        intent:purchase:lex:this class	-0.0904
        intent:purchase:lex:se le	-0.091
        intent:purchase:lex:looks	-0.0911
        intent:purchase:lex:brutal	-0.0912
        intent:purchase:lex:again	-0.0914
        intent:purchase:lex:une	-0.0919
        intent:purchase:lex:interested	-0.0922
        intent:purchase:lex:am	-0.0929
        intent:purchase:lex:quello	-0.0931
        intent:purchase:lex:chez	-0.0933
        intent:purchase:lex:wey	-0.0934
        intent:purchase:lex:piccolo	-0.0935
        intent:purchase:lex:passar	-0.0937
        intent:purchase:lex:pour un	-0.0938
        intent:purchase:lex:euch	-0.0943
        intent:purchase:lex:fechou	-0.0954
        intent:purchase:lex:graag een	-0.0955
        intent:purchase:lex:weer	-0.0957
        intent:purchase:lex:has	-0.096
        intent:purchase:lex:at	-0.0967
        intent:purchase:lex:packages	-0.0968
        intent:purchase:lex:pao	-0.0968
        intent:purchase:lex:super	-0.0969
        intent:purchase:lex:wij	-0.0978
        intent:purchase:lex:carne	-0.098
        intent:purchase:lex:onde	-0.098
        intent:purchase:lex:restaurante	-0.0981
        intent:purchase:lex:em matosinhos	-0.0982
        intent:purchase:lex:matosinhos	-0.0982
        intent:purchase:lex:e fiquei	-0.0991
        intent:purchase:lex:minas	-0.0995
        intent:purchase:lex:e a	-0.0996
        intent:purchase:lex:me and	-0.0996
        intent:purchase:lex:fiquei	-0.1006
        intent:purchase:lex:after	-0.1007
        intent:purchase:lex:zona	-0.1011
        intent:purchase:lex:still	-0.1012
        intent:purchase:lex:in utrecht	-0.1021
        intent:purchase:lex:right	-0.1022
        intent:purchase:lex:before your	-0.1024
        intent:purchase:lex:was	-0.1024
        intent:purchase:lex:in the	-0.1028
        intent:purchase:lex:alguem	-0.1051
        intent:purchase:lex:noch in	-0.106
        intent:purchase:lex:para o	-0.1069
        intent:purchase:lex:nossa	-0.1073
        intent:purchase:lex:new	-0.1083
        intent:purchase:lex:a galera	-0.1097
        intent:purchase:lex:galera	-0.1097
        intent:purchase:lex:ma	-0.1111
        intent:purchase:lex:utrecht	-0.1115
        intent:purchase:lex:ende	-0.1121
        intent:purchase:lex:wat	-0.1123
        intent:purchase:lex:in de	-0.1128
        intent:purchase:lex:what	-0.1136
        intent:purchase:lex:voor een	-0.1175
        intent:purchase:lex:segunda	-0.1201
        intent:purchase:lex:get	-0.1202
        intent:purchase:lex:per il	-0.1224
        intent:purchase:lex:sem	-0.1224
        intent:purchase:lex:someone	-0.1225
        intent:purchase:lex:she	-0.124
        intent:purchase:lex:vamos	-0.127
        intent:purchase:lex:nos	-0.1272
        intent:purchase:lex:auf	-0.1284
        intent:purchase:lex:andiamo	-0.1325
        intent:purchase:lex:nog	-0.1349
        intent:purchase:lex:ans	-0.1355
        intent:purchase:lex:dm	-0.1367
        intent:purchase:lex:graag	-0.1394
        intent:purchase:lex:und	-0.1397
        intent:purchase:lex:s	-0.1424
        intent:purchase:lex:se	-0.1427
        intent:purchase:lex:with	-0.1428
        intent:purchase:lex:para	-0.1437
        intent:purchase:lex:el	-0.151
        intent:purchase:lex:ein	-0.1528
        intent:purchase:lex:bitte	-0.1538
        intent:purchase:lex:x	-0.1549
        intent:purchase:lex:tienen	-0.1591
        intent:purchase:lex:a	-0.1604
        intent:purchase:lex:y	-0.1649
        intent:purchase:lex:gibts	-0.1668
        intent:purchase:lex:week	-0.1688
        intent:purchase:lex:before	-0.1692
        intent:purchase:lex:on	-0.1906
        intent:purchase:lex:vous	-0.1988
        intent:purchase:lex:noch	-0.2009
        intent:purchase:lex:un	-0.2205
        intent:purchase:lex:fazem	-0.2213
        intent:purchase:lex:que	-0.2494
        intent:purchase:lex:queria	-0.271
        intent:purchase:lex:em	-0.2848
        intent:purchase:lex:info	-0.2898
        intent:service_recovery:review-1-2-stars	4.0113
        intent:service_recovery:recovery	3.0759
        intent:service_recovery:review-3-stars	2.1952
        intent:service_recovery:complaint-with-request	1.831
        intent:service_recovery:future-visit	1.4546
        intent:service_recovery:complaint	1.3932
        intent:service_recovery:availability-question	1.3453
        intent:service_recovery:request	1.1246
        intent:service_recovery:mention	0.9304
        intent:service_recovery:sarcasm	0.8946
        intent:service_recovery:non-customer	0.766
        intent:service_recovery:contact-ask	0.6797
        intent:service_recovery:booking-request	0.65
        intent:service_recovery:reply	0.5764
        intent:service_recovery:refusal	0.5456
        intent:service_recovery:laughter	0.5214
        intent:service_recovery:need-plan	0.5007
        intent:service_recovery:current-provider	0.4896
        intent:service_recovery:negated-cue	0.4821
        intent:service_recovery:stated-not-asked	0.4644
        intent:service_recovery:question-opener	0.4069
        intent:service_recovery:contact-sent	0.3303
        intent:service_recovery:curiosity	0.2516
        intent:service_recovery:past	0.215
        intent:service_recovery:rejection	0.1467
        intent:service_recovery:deal-ask	0.1408
        intent:service_recovery:seller-intro	0.1295
        intent:service_recovery:purchase-topic	0.1279
        intent:service_recovery:seeking-replacement	0.1255
        intent:service_recovery:stated-in-past	0.1124
        intent:service_recovery:resolved	0.0907
        intent:service_recovery:conditional-offer	0.0645
        intent:service_recovery:praise	0.0547
        intent:service_recovery:switching	0.0253
        intent:service_recovery:abuse	0.0238
        intent:service_recovery:booking-ask	0.0218
        intent:service_recovery:giveaway	-0.0586
        intent:service_recovery:job-seeker	-0.061
        intent:service_recovery:rhetorical	-0.0636
        intent:service_recovery:booking-noun	-0.0659
        intent:service_recovery:price-shape	-0.081
        intent:service_recovery:callback-promise	-0.1088
        intent:service_recovery:long-text	-0.1122
        intent:service_recovery:off-topic	-0.1249
        intent:service_recovery:vendor-pitch	-0.1312
        intent:service_recovery:friend-tag	-0.1471
        intent:service_recovery:multi-tag	-0.1549
        intent:service_recovery:sign-up	-0.1617
        intent:service_recovery:timing	-0.1891
        intent:service_recovery:how-much	-0.3244
        intent:service_recovery:follower-spam	-0.3474
        intent:service_recovery:imperative-request	-0.3661
        intent:service_recovery:price-word	-0.3709
        intent:service_recovery:tag-plan	-0.3895
        intent:service_recovery:purchase-ask	-0.4154
        intent:service_recovery:question	-0.466
        intent:service_recovery:(bias)	-0.499
        intent:service_recovery:addressed-question	-0.5277
        intent:service_recovery:availability-ask	-0.5828
        intent:service_recovery:party-size	-0.5948
        intent:service_recovery:price-ask	-0.9219
        intent:service_recovery:review-4-5-stars	-1.246
        intent:service_recovery:lex:que	0.3266
        intent:service_recovery:lex:me la	0.2416
        intent:service_recovery:lex:dias	0.2091
        intent:service_recovery:lex:het	0.1962
        intent:service_recovery:lex:la	0.1911
        intent:service_recovery:lex:ref	0.1897
        intent:service_recovery:lex:on	0.1749
        intent:service_recovery:lex:it	0.1698
        intent:service_recovery:lex:que me	0.1696
        intent:service_recovery:lex:sin	0.1677
        intent:service_recovery:lex:back	0.1675
        intent:service_recovery:lex:y	0.1673
        intent:service_recovery:lex:me	0.1662
        intent:service_recovery:lex:jullie	0.1635
        intent:service_recovery:lex:pizza	0.1632
        intent:service_recovery:lex:er	0.1605
        intent:service_recovery:lex:bitte	0.156
        intent:service_recovery:lex:on hold	0.1557
        intent:service_recovery:lex:hold	0.1506
        intent:service_recovery:lex:semana	0.1493
        intent:service_recovery:lex:al	0.1479
        intent:service_recovery:lex:and	0.1409
        intent:service_recovery:lex:flight	0.1397
        intent:service_recovery:lex:seit	0.1373
        intent:service_recovery:lex:wifi	0.1362
        intent:service_recovery:lex:ma	0.1361
        intent:service_recovery:lex:someone	0.1345
        intent:service_recovery:lex:pueden	0.1339
        intent:service_recovery:lex:kunnen	0.1292
        intent:service_recovery:lex:bij	0.1288
        intent:service_recovery:lex:about	0.1271
        intent:service_recovery:lex:cancelled	0.1259
        intent:service_recovery:lex:ce	0.1257
        intent:service_recovery:lex:back to	0.1242
        intent:service_recovery:lex:kijken	0.1241
        intent:service_recovery:lex:hours	0.1218
        intent:service_recovery:lex:llego	0.1217
        intent:service_recovery:lex:cancelled flight	0.1208
        intent:service_recovery:lex:my cancelled	0.1208
        intent:service_recovery:lex:kann bitte	0.1186
        intent:service_recovery:lex:wieder	0.1169
        intent:service_recovery:lex:depois da	0.1163
        intent:service_recovery:lex:someone please	0.115
        intent:service_recovery:lex:bag	0.1142
        intent:service_recovery:lex:llego la	0.1141
        intent:service_recovery:lex:me llego	0.1141
        intent:service_recovery:lex:pedi	0.1133
        intent:service_recovery:lex:depois	0.1127
        intent:service_recovery:lex:in dm	0.1124
        intent:service_recovery:lex:llena	0.1124
        intent:service_recovery:lex:llena de	0.1124
        intent:service_recovery:lex:me cambio	0.1118
        intent:service_recovery:lex:veux	0.1102
        intent:service_recovery:lex:aber	0.1101
        intent:service_recovery:lex:nochmal	0.11
        intent:service_recovery:lex:get back	0.1097
        intent:service_recovery:lex:booking	0.1094
        intent:service_recovery:lex:nog steeds	0.1093
        intent:service_recovery:lex:to me	0.1077
        intent:service_recovery:lex:steeds	0.1066
        intent:service_recovery:lex:vino	0.1052
        intent:service_recovery:lex:naar kijken	0.1051
        intent:service_recovery:lex:sort	0.1041
        intent:service_recovery:lex:er nog	0.1034
        intent:service_recovery:lex:cambio	0.1012
        intent:service_recovery:lex:une	0.101
        intent:service_recovery:lex:vorbeischauen	0.0972
        intent:service_recovery:lex:dagen	0.0958
        intent:service_recovery:lex:pourrait	0.0956
        intent:service_recovery:lex:sem	0.0947
        intent:service_recovery:lex:una	0.0936
        intent:service_recovery:lex:jours	0.0929
        intent:service_recovery:lex:was	0.0919
        intent:service_recovery:lex:bij het	0.0909
        intent:service_recovery:lex:helemaal	0.0909
        intent:service_recovery:lex:was helemaal	0.0909
        intent:service_recovery:lex:zondag een	0.0909
        intent:service_recovery:lex:zouden	0.0909
        intent:service_recovery:lex:jullie voor	0.0907
        intent:service_recovery:lex:parte	0.0907
        intent:service_recovery:lex:voor zondag	0.0907
        intent:service_recovery:lex:zondag	0.0907
        intent:service_recovery:lex:weg	0.0899
        intent:service_recovery:lex:ophalen	0.0897
        intent:service_recovery:lex:taart	0.0866
        intent:service_recovery:lex:der	0.0865
        intent:service_recovery:lex:maken	0.086
        intent:service_recovery:lex:la torta	0.0858
        intent:service_recovery:lex:torta	0.0858
        intent:service_recovery:lex:ieri	0.0855
        intent:service_recovery:lex:tecnico	0.0848
        intent:service_recovery:lex:voltou	0.0848
        intent:service_recovery:lex:jemand	0.0842
        intent:service_recovery:lex:ou	0.0832
        intent:service_recovery:lex:ok	0.0828
        intent:service_recovery:lex:internet	0.0811
        intent:service_recovery:lex:were	0.0809
        intent:service_recovery:lex:bitte nochmal	0.0805
        intent:service_recovery:lex:een nieuwe	0.0805
        intent:service_recovery:lex:nochmal jemand	0.0804
        intent:service_recovery:lex:altrimenti	0.0803
        intent:service_recovery:lex:depuis	0.0801
        intent:service_recovery:lex:net	0.0794
        intent:service_recovery:lex:jours apres	0.0788
        intent:service_recovery:lex:apres	0.0787
        intent:service_recovery:lex:cliente	0.0785
        intent:service_recovery:lex:necesito que	0.0784
        intent:service_recovery:lex:onda	0.078
        intent:service_recovery:lex:q onda	0.078
        intent:service_recovery:lex:nada	0.0777
        intent:service_recovery:lex:dias sem	0.0776
        intent:service_recovery:lex:sem net	0.0776
        intent:service_recovery:lex:eurem	0.0774
        intent:service_recovery:lex:le	0.0771
        intent:service_recovery:lex:necesito	0.0766
        intent:service_recovery:lex:que le	0.0765
        intent:service_recovery:lex:cette	0.0758
        intent:service_recovery:lex:dopo	0.0758
        intent:service_recovery:lex:est	0.0758
        intent:service_recovery:lex:esta semana	0.0758
        intent:service_recovery:lex:on vous	0.0758
        intent:service_recovery:lex:chienne	0.0757
        intent:service_recovery:lex:ma chienne	0.0757
        intent:service_recovery:lex:cette semaine	0.0756
        intent:service_recovery:lex:boite	0.0754
        intent:service_recovery:lex:ce que	0.0754
        intent:service_recovery:lex:e	0.0752
        intent:service_recovery:lex:est ce	0.0752
        intent:service_recovery:lex:nieuwe	0.0748
        intent:service_recovery:lex:parte del	0.0742
        intent:service_recovery:lex:aber der	0.074
        intent:service_recovery:lex:bin ich	0.0738
        intent:service_recovery:lex:faltando	0.0732
        intent:service_recovery:lex:stay	0.073
        intent:service_recovery:lex:pueden volver	0.0727
        intent:service_recovery:lex:volver a	0.0727
        intent:service_recovery:lex:la oficina	0.0722
        intent:service_recovery:lex:vuelve	0.0722
        intent:service_recovery:lex:oficina	0.0721
        intent:service_recovery:lex:war	0.0716
        intent:service_recovery:lex:please	0.0715
        intent:service_recovery:lex:por el	0.0713
        intent:service_recovery:lex:volver	0.0705
        intent:service_recovery:lex:o	0.0704
        intent:service_recovery:lex:sympa	0.0701
        intent:service_recovery:lex:ik hoor	0.0699
        intent:service_recovery:lex:naar	0.0698
        intent:service_recovery:lex:hoor	0.0694
        intent:service_recovery:lex:pas	0.0693
        intent:service_recovery:lex:my	0.0692
        intent:service_recovery:lex:een	0.0689
        intent:service_recovery:lex:opgehaald	0.0689
        intent:service_recovery:lex:el domingo	0.0687
        intent:service_recovery:lex:happy	0.0687
        intent:service_recovery:lex:ich	0.0684
        intent:service_recovery:lex:a la	0.0678
        intent:service_recovery:lex:hier soir	0.0675
        intent:service_recovery:lex:semana me	0.0675
        intent:service_recovery:lex:vous en	0.0675
        intent:service_recovery:lex:ce serait	0.0672
        intent:service_recovery:lex:refund	0.0672
        intent:service_recovery:lex:li	0.067
        intent:service_recovery:lex:happy to	0.0669
        intent:service_recovery:lex:euch	0.0668
        intent:service_recovery:lex:serait	0.0668
        intent:service_recovery:lex:en veux	0.0666
        intent:service_recovery:lex:we were	0.0664
        intent:service_recovery:lex:sinds	0.0663
        intent:service_recovery:lex:sinds de	0.0663
        intent:service_recovery:lex:y nada	0.0662
        intent:service_recovery:lex:actually	0.0661
        intent:service_recovery:lex:em casa	0.0661
        intent:service_recovery:lex:trabalho	0.0661
        intent:service_recovery:lex:espera	0.066
        intent:service_recovery:lex:la espera	0.0659
        intent:service_recovery:lex:dijeron	0.0655
        intent:service_recovery:lex:dijeron que	0.0655
        intent:service_recovery:lex:me dijeron	0.0655
        intent:service_recovery:lex:meier	0.0655
        intent:service_recovery:lex:no meier	0.0655
        intent:service_recovery:lex:manda	0.0654
        intent:service_recovery:lex:una semana	0.0654
        intent:service_recovery:lex:er iemand	0.0653
        intent:service_recovery:lex:komen	0.0653
        intent:service_recovery:lex:om het	0.0653
        intent:service_recovery:lex:pfv	0.0653
        intent:service_recovery:lex:em	0.0647
        intent:service_recovery:lex:aqui no	0.0644
        intent:service_recovery:lex:me li	0.0644
        intent:service_recovery:lex:semaine	0.0644
        intent:service_recovery:lex:tutto ok	0.0644
        intent:service_recovery:lex:langs	0.0643
        intent:service_recovery:lex:ordino	0.0642
        intent:service_recovery:lex:kan komen	0.0641
        intent:service_recovery:lex:komen om	0.0641
        intent:service_recovery:lex:langs kan	0.0641
        intent:service_recovery:lex:uur	0.0641
        intent:service_recovery:lex:valt	0.0641
        intent:service_recovery:lex:het uur	0.064
        intent:service_recovery:lex:tutto	0.0638
        intent:service_recovery:lex:esta	0.0636
        intent:service_recovery:lex:uit	0.0636
        intent:service_recovery:lex:hoor graag	0.0635
        intent:service_recovery:lex:brandt	0.063
        intent:service_recovery:lex:en het	0.0629
        intent:service_recovery:lex:vorige week	0.0628
        intent:service_recovery:lex:wanneer	0.0627
        intent:service_recovery:lex:domingo	0.0626
        intent:service_recovery:lex:la pueden	0.0622
        intent:service_recovery:lex:ff	0.0621
        intent:service_recovery:lex:dm	0.062
        intent:service_recovery:lex:vorige	0.062
        intent:service_recovery:lex:euch bitte	0.0619
        intent:service_recovery:lex:auto	0.0616
        intent:service_recovery:lex:kan	0.0612
        intent:service_recovery:lex:netz	0.0611
        intent:service_recovery:lex:netz ok	0.0611
        intent:service_recovery:lex:telekom	0.0611
        intent:service_recovery:lex:om	0.061
        intent:service_recovery:lex:tudo	0.0606
        intent:service_recovery:lex:bin	0.0605
        intent:service_recovery:lex:kam	0.0604
        intent:service_recovery:lex:ne	0.0602
        intent:service_recovery:lex:hoy	0.0601
        intent:service_recovery:lex:gebt	0.0599
        intent:service_recovery:lex:kalt	0.0599
        intent:service_recovery:lex:spat	0.0599
        intent:service_recovery:lex:stunde	0.0599
        intent:service_recovery:lex:und ich	0.0599
        intent:service_recovery:lex:zu spat	0.0599
        intent:service_recovery:lex:ich bestell	0.0598
        intent:service_recovery:lex:ist	0.0597
        intent:service_recovery:lex:das	0.0596
        intent:service_recovery:lex:t	0.0591
        intent:service_recovery:lex:arrive	0.0587
        intent:service_recovery:lex:coche	0.0585
        intent:service_recovery:lex:nen	0.0585
        intent:service_recovery:lex:bon	0.0584
        intent:service_recovery:lex:and i	0.0581
        intent:service_recovery:lex:zu	0.0581
        intent:service_recovery:lex:del coche	0.0571
        intent:service_recovery:lex:lo	0.057
        intent:service_recovery:lex:if someone	0.0566
        intent:service_recovery:lex:number	0.0566
        intent:service_recovery:lex:hier	0.0564
        intent:service_recovery:lex:gutschein	0.0563
        intent:service_recovery:lex:arrumar	0.0561
        intent:service_recovery:lex:need it	0.0559
        intent:service_recovery:lex:a batata	0.0556
        intent:service_recovery:lex:batata	0.0556
        intent:service_recovery:lex:veio faltando	0.0556
        intent:service_recovery:lex:graag	0.0555
        intent:service_recovery:lex:manana	0.0554
        intent:service_recovery:lex:un	0.0554
        intent:service_recovery:lex:foto	0.0553
        intent:service_recovery:lex:dias depois	0.0549
        intent:service_recovery:lex:dois dias	0.0549
        intent:service_recovery:lex:quedo	0.0548
        intent:service_recovery:lex:dar	0.0546
        intent:service_recovery:lex:te	0.0545
        intent:service_recovery:lex:gestern	0.0543
        intent:service_recovery:lex:volta	0.0543
        intent:service_recovery:lex:vcs	0.0542
        intent:service_recovery:lex:o me	0.0539
        intent:service_recovery:lex:erro	0.0538
        intent:service_recovery:lex:days	0.0535
        intent:service_recovery:lex:el	0.0535
        intent:service_recovery:lex:soir	0.0534
        intent:service_recovery:lex:visita	0.0534
        intent:service_recovery:lex:para el	0.0531
        intent:service_recovery:lex:encore	0.0525
        intent:service_recovery:lex:hora	0.0525
        intent:service_recovery:lex:week	0.0525
        intent:service_recovery:lex:ohne	0.0524
        intent:service_recovery:lex:qu on	0.0522
        intent:service_recovery:lex:qu	0.0521
        intent:service_recovery:lex:veux juste	0.0517
        intent:service_recovery:lex:das gleiche	0.0515
        intent:service_recovery:lex:ist eine	0.0514
        intent:service_recovery:lex:katastrophe	0.0514
        intent:service_recovery:lex:gerade	0.0512
        intent:service_recovery:lex:vous	0.0512
        intent:service_recovery:lex:dois	0.051
        intent:service_recovery:lex:since tuesday	0.051
        intent:service_recovery:lex:passar	0.0507
        intent:service_recovery:lex:iemand	0.0505
        intent:service_recovery:lex:someone actually	0.0505
        intent:service_recovery:lex:qualcuno puo	0.0502
        intent:service_recovery:lex:konnt	0.0499
        intent:service_recovery:lex:puo	0.0494
        intent:service_recovery:lex:a partial	0.0493
        intent:service_recovery:lex:partial	0.0493
        intent:service_recovery:lex:partial refund	0.0493
        intent:service_recovery:lex:anos	0.0492
        intent:service_recovery:lex:dagen geen	0.0489
        intent:service_recovery:lex:thuis	0.0489
        intent:service_recovery:lex:zufrieden	0.0489
        intent:service_recovery:lex:but	0.0486
        intent:service_recovery:lex:nachsten	0.0485
        intent:service_recovery:lex:nachsten monat	0.0485
        intent:service_recovery:lex:nog	0.0485
        intent:service_recovery:lex:cobraron	0.0484
        intent:service_recovery:lex:technicien	0.0484
        intent:service_recovery:lex:d internet	0.0483
        intent:service_recovery:lex:monat	0.0483
        intent:service_recovery:lex:pas d	0.0483
        intent:service_recovery:lex:in der	0.0482
        intent:service_recovery:lex:hace	0.0481
        intent:service_recovery:lex:resto	0.0481
        intent:service_recovery:lex:eine	0.0479
        intent:service_recovery:lex:tuesday	0.0478
        intent:service_recovery:lex:to your	0.0471
        intent:service_recovery:lex:llevo	0.047
        intent:service_recovery:lex:stuur	0.047
        intent:service_recovery:lex:konnt ihr	0.0469
        intent:service_recovery:lex:promesso	0.0469
        intent:service_recovery:lex:senno	0.0468
        intent:service_recovery:lex:cliente da	0.0467
        intent:service_recovery:lex:in casa	0.0466
        intent:service_recovery:lex:indietro	0.0466
        intent:service_recovery:lex:prende	0.0466
        intent:service_recovery:lex:se mi	0.0466
        intent:service_recovery:lex:table	0.0466
        intent:service_recovery:lex:torno indietro	0.0466
        intent:service_recovery:lex:mandate	0.0465
        intent:service_recovery:lex:mi mandate	0.0465
        intent:service_recovery:lex:torno	0.0464
        intent:service_recovery:lex:vir ver	0.0464
        intent:service_recovery:lex:ottimo	0.0463
        intent:service_recovery:lex:la cuota	0.046
        intent:service_recovery:lex:cuota	0.0459
        intent:service_recovery:lex:to	0.0459
        intent:service_recovery:lex:isso	0.0458
        intent:service_recovery:lex:ver isso	0.0458
        intent:service_recovery:lex:potete	0.0453
        intent:service_recovery:lex:aqui	0.0452
        intent:service_recovery:lex:meldet	0.0451
        intent:service_recovery:lex:to call	0.045
        intent:service_recovery:lex:missing	0.0449
        intent:service_recovery:lex:non	0.0449
        intent:service_recovery:lex:ar	0.0448
        intent:service_recovery:lex:gostei	0.0448
        intent:service_recovery:lex:gostei do	0.0448
        intent:service_recovery:lex:o ar	0.0448
        intent:service_recovery:lex:instalacao	0.0447
        intent:service_recovery:lex:where	0.0447
        intent:service_recovery:lex:dopo due	0.0446
        intent:service_recovery:lex:due giorni	0.0446
        intent:service_recovery:lex:giorni	0.0446
        intent:service_recovery:lex:kann	0.0446
        intent:service_recovery:lex:meldet euch	0.0446
        intent:service_recovery:lex:atendimento	0.0445
        intent:service_recovery:lex:termin	0.0445
        intent:service_recovery:lex:votre	0.0443
        intent:service_recovery:lex:die	0.0442
        intent:service_recovery:lex:someone to	0.0442
        intent:service_recovery:lex:geen	0.0441
        intent:service_recovery:lex:frio	0.0438
        intent:service_recovery:lex:laten	0.0438
        intent:service_recovery:lex:me cobraron	0.0437
        intent:service_recovery:lex:need	0.0437
        intent:service_recovery:lex:je veux	0.0436
        intent:service_recovery:lex:date de	0.0435
        intent:service_recovery:lex:keine	0.0435
        intent:service_recovery:lex:faltando a	0.0434
        intent:service_recovery:lex:out	0.0434
        intent:service_recovery:lex:de volta	0.0433
        intent:service_recovery:lex:reintegren	0.0433
        intent:service_recovery:lex:a quien	0.0432
        intent:service_recovery:lex:baja	0.0432
        intent:service_recovery:lex:cobraron la	0.0432
        intent:service_recovery:lex:de baja	0.0432
        intent:service_recovery:lex:di de	0.0432
        intent:service_recovery:lex:dicen	0.0432
        intent:service_recovery:lex:la tarjeta	0.0432
        intent:service_recovery:lex:lleva	0.0432
        intent:service_recovery:lex:quien le	0.0432
        intent:service_recovery:lex:tarjeta	0.0432
        intent:service_recovery:lex:transito	0.0432
        intent:service_recovery:lex:dem	0.0431
        intent:service_recovery:lex:me puede	0.0431
        intent:service_recovery:lex:el paquete	0.043
        intent:service_recovery:lex:paquete	0.043
        intent:service_recovery:lex:aunque	0.0429
        intent:service_recovery:lex:fait	0.0427
        intent:service_recovery:lex:quien	0.0427
        intent:service_recovery:lex:bag still	0.0426
        intent:service_recovery:lex:still missing	0.0426
        intent:service_recovery:lex:ik	0.0425
        intent:service_recovery:lex:de tandarts	0.0423
        intent:service_recovery:lex:pijn	0.0423
        intent:service_recovery:lex:nog even	0.0422
        intent:service_recovery:lex:kleine	0.0421
        intent:service_recovery:lex:kan de	0.042
        intent:service_recovery:lex:esperando	0.0418
        intent:service_recovery:lex:ou un	0.0418
        intent:service_recovery:lex:escribo	0.0415
        intent:service_recovery:lex:alguien me	0.0413
        intent:service_recovery:lex:jemand die	0.0413
        intent:service_recovery:lex:nr	0.0413
        intent:service_recovery:lex:sort it	0.0413
        intent:service_recovery:lex:leitung	0.0412
        intent:service_recovery:lex:nix	0.0412
        intent:service_recovery:lex:trotz	0.0412
        intent:service_recovery:lex:bij jullie	0.0411
        intent:service_recovery:lex:jullie een	0.0411
        intent:service_recovery:lex:cada	0.0409
        intent:service_recovery:lex:keep	0.0408
        intent:service_recovery:lex:no whats	0.0407
        intent:service_recovery:lex:ayudar	0.0406
        intent:service_recovery:lex:tandarts	0.0406
        intent:service_recovery:lex:domani	0.0405
        intent:service_recovery:lex:zum	0.0405
        intent:service_recovery:lex:and we	0.0404
        intent:service_recovery:lex:prezzo	0.0404
        intent:service_recovery:lex:quero	0.0404
        intent:service_recovery:lex:semanas esperando	0.0404
        intent:service_recovery:lex:si	0.0403
        intent:service_recovery:lex:mesi	0.0401
        intent:service_recovery:lex:my bag	0.0401
        intent:service_recovery:lex:veel	0.0401
        intent:service_recovery:lex:sich	-0.04
        intent:service_recovery:lex:wie	-0.04
        intent:service_recovery:lex:e qualcuno	-0.0401
        intent:service_recovery:lex:moving to	-0.0403
        intent:service_recovery:lex:devo	-0.0405
        intent:service_recovery:lex:these	-0.0409
        intent:service_recovery:lex:club	-0.041
        intent:service_recovery:lex:cracked	-0.0414
        intent:service_recovery:lex:they	-0.0415
        intent:service_recovery:lex:cosa	-0.0417
        intent:service_recovery:lex:free	-0.0417
        intent:service_recovery:lex:und	-0.0417
        intent:service_recovery:lex:uhr	-0.0419
        intent:service_recovery:lex:a cracked	-0.042
        intent:service_recovery:lex:screen	-0.0421
        intent:service_recovery:lex:mij	-0.0423
        intent:service_recovery:lex:fix	-0.0424
        intent:service_recovery:lex:hoje	-0.0424
        intent:service_recovery:lex:iphone	-0.0424
        intent:service_recovery:lex:much to	-0.0424
        intent:service_recovery:lex:fin	-0.0426
        intent:service_recovery:lex:any	-0.043
        intent:service_recovery:lex:are	-0.043
        intent:service_recovery:lex:is it	-0.0434
        intent:service_recovery:lex:can get	-0.0436
        intent:service_recovery:lex:ai	-0.0437
        intent:service_recovery:lex:apk	-0.0437
        intent:service_recovery:lex:get me	-0.0437
        intent:service_recovery:lex:plano	-0.0437
        intent:service_recovery:lex:pour le	-0.0438
        intent:service_recovery:lex:team	-0.044
        intent:service_recovery:lex:und der	-0.0449
        intent:service_recovery:lex:put	-0.0454
        intent:service_recovery:lex:ayer	-0.0455
        intent:service_recovery:lex:explain	-0.0455
        intent:service_recovery:lex:happening	-0.0455
        intent:service_recovery:lex:s happening	-0.0455
        intent:service_recovery:lex:someone from	-0.0456
        intent:service_recovery:lex:third outage	-0.0456
        intent:service_recovery:lex:third	-0.0457
        intent:service_recovery:lex:direct	-0.0458
        intent:service_recovery:lex:favor	-0.0459
        intent:service_recovery:lex:desde ayer	-0.046
        intent:service_recovery:lex:c e	-0.0462
        intent:service_recovery:lex:can i	-0.0467
        intent:service_recovery:lex:para	-0.0469
        intent:service_recovery:lex:gehoord	-0.047
        intent:service_recovery:lex:how much	-0.047
        intent:service_recovery:lex:much	-0.047
        intent:service_recovery:lex:niks gehoord	-0.047
        intent:service_recovery:lex:nog niks	-0.047
        intent:service_recovery:lex:mailtje	-0.0473
        intent:service_recovery:lex:mailtje gestuurd	-0.0473
        intent:service_recovery:lex:ya	-0.0486
        intent:service_recovery:lex:month	-0.0489
        intent:service_recovery:lex:os	-0.0494
        intent:service_recovery:lex:de apk	-0.0503
        intent:service_recovery:lex:hoy en	-0.0504
        intent:service_recovery:lex:mi perrita	-0.0505
        intent:service_recovery:lex:nao	-0.0507
        intent:service_recovery:lex:a loro	-0.051
        intent:service_recovery:lex:la stessa	-0.051
        intent:service_recovery:lex:loro	-0.051
        intent:service_recovery:lex:non vi	-0.051
        intent:service_recovery:lex:se non	-0.051
        intent:service_recovery:lex:stessa	-0.051
        intent:service_recovery:lex:den	-0.0516
        intent:service_recovery:lex:queremos	-0.0516
        intent:service_recovery:lex:passo a	-0.0517
        intent:service_recovery:lex:otro	-0.0519
        intent:service_recovery:lex:meno	-0.0521
        intent:service_recovery:lex:estoy	-0.0527
        intent:service_recovery:lex:from	-0.0528
        intent:service_recovery:lex:perrita	-0.0532
        intent:service_recovery:lex:gestuurd	-0.0544
        intent:service_recovery:lex:terug	-0.0561
        intent:service_recovery:lex:anche	-0.0572
        intent:service_recovery:lex:pro	-0.0578
        intent:service_recovery:lex:could someone	-0.0579
        intent:service_recovery:lex:probleme	-0.0579
        intent:service_recovery:lex:server	-0.0579
        intent:service_recovery:lex:standorte	-0.0579
        intent:service_recovery:lex:macht	-0.0582
        intent:service_recovery:lex:seit wochen	-0.0583
        intent:service_recovery:lex:over de	-0.0585
        intent:service_recovery:lex:bei mir	-0.0589
        intent:service_recovery:lex:cara	-0.0592
        intent:service_recovery:lex:da outra	-0.0592
        intent:service_recovery:lex:am	-0.0595
        intent:service_recovery:lex:kann sich	-0.0602
        intent:service_recovery:lex:mir melden	-0.0602
        intent:service_recovery:lex:mudo	-0.0606
        intent:service_recovery:lex:proposta	-0.0607
        intent:service_recovery:lex:tenho	-0.0608
        intent:service_recovery:lex:marzo	-0.0613
        intent:service_recovery:lex:trocar	-0.0614
        intent:service_recovery:lex:wir haben	-0.0621
        intent:service_recovery:lex:s	-0.0622
        intent:service_recovery:lex:pa	-0.0635
        intent:service_recovery:lex:passo	-0.0635
        intent:service_recovery:lex:what s	-0.0656
        intent:service_recovery:lex:up	-0.0675
        intent:service_recovery:lex:tel	-0.0683
        intent:service_recovery:lex:haben	-0.0684
        intent:service_recovery:lex:les	-0.0687
        intent:service_recovery:lex:rotto	-0.0705
        intent:service_recovery:lex:pode vir	-0.0723
        intent:service_recovery:lex:bel me	-0.0729
        intent:service_recovery:lex:ja	-0.0737
        intent:service_recovery:lex:or	-0.0744
        intent:service_recovery:lex:offre	-0.0747
        intent:service_recovery:lex:euro	-0.0748
        intent:service_recovery:lex:outra	-0.0751
        intent:service_recovery:lex:gebeld	-0.0757
        intent:service_recovery:lex:ruft	-0.0757
        intent:service_recovery:lex:ruft mich	-0.0757
        intent:service_recovery:lex:cent	-0.0767
        intent:service_recovery:lex:a	-0.0771
        intent:service_recovery:lex:unless you	-0.0773
        intent:service_recovery:lex:how	-0.0794
        intent:service_recovery:lex:maar	-0.08
        intent:service_recovery:lex:mich an	-0.0804
        intent:service_recovery:lex:la tarde	-0.0806
        intent:service_recovery:lex:niemand	-0.0819
        intent:service_recovery:lex:per	-0.0841
        intent:service_recovery:lex:mich	-0.0848
        intent:service_recovery:lex:de casa	-0.0849
        intent:service_recovery:lex:fiquei	-0.0849
        intent:service_recovery:lex:tarde	-0.0854
        intent:service_recovery:lex:moving	-0.0858
        intent:service_recovery:lex:agora	-0.086
        intent:service_recovery:lex:en la	-0.0862
        intent:service_recovery:lex:c	-0.0865
        intent:service_recovery:lex:the	-0.0867
        intent:service_recovery:lex:porfa	-0.0886
        intent:service_recovery:lex:over	-0.0944
        intent:service_recovery:lex:como	-0.0991
        intent:service_recovery:lex:an	-0.0994
        intent:service_recovery:lex:what	-0.1002
        intent:service_recovery:lex:fur	-0.1037
        intent:service_recovery:lex:pour	-0.1052
        intent:service_recovery:lex:you can	-0.1084
        intent:service_recovery:lex:unless	-0.109
        intent:service_recovery:lex:you	-0.11
        intent:service_recovery:lex:can	-0.1101
        intent:service_recovery:lex:de	-0.1139
        intent:service_recovery:lex:op	-0.1221
        intent:service_recovery:lex:heb	-0.126
        intent:service_recovery:lex:wir	-0.135
        intent:service_recovery:lex:for	-0.1438
        intent:service_recovery:lex:in	-0.1565
        intent:service_recovery:lex:mi	-0.1879
        intent:service_recovery:lex:no	-0.2589
        intent:switching:switching	4.2606
        intent:switching:current-provider	3.5687
        intent:switching:seeking-replacement	2.7765
        intent:switching:complaint-with-request	1.416
        intent:switching:deal-ask	1.3398
        intent:switching:conditional-offer	1.0968
        intent:switching:price-word	1.0366
        intent:switching:mention	1.0045
        intent:switching:sign-up	0.9698
        intent:switching:rhetorical	0.8775
        intent:switching:availability-ask	0.8725
        intent:switching:price-ask	0.7862
        intent:switching:imperative-request	0.68
        intent:switching:negated-cue	0.6317
        intent:switching:booking-noun	0.6191
        intent:switching:addressed-question	0.4833
        intent:switching:booking-ask	0.4581
        intent:switching:past	0.4346
        intent:switching:reply	0.4313
        intent:switching:(bias)	0.3704
        intent:switching:giveaway	0.3661
        intent:switching:question	0.3007
        intent:switching:refusal	0.2515
        intent:switching:purchase-topic	0.2431
        intent:switching:tag-plan	0.2385
        intent:switching:laughter	0.2351
        intent:switching:review-1-2-stars	0.2081
        intent:switching:recovery	0.1631
        intent:switching:multi-tag	0.1455
        intent:switching:resolved	0.1446
        intent:switching:availability-question	0.0899
        intent:switching:need-plan	0.0859
        intent:switching:seller-intro	0.025
        intent:switching:party-size	-0.0113
        intent:switching:abuse	-0.0331
        intent:switching:non-customer	-0.0342
        intent:switching:callback-promise	-0.0496
        intent:switching:rejection	-0.0604
        intent:switching:timing	-0.0671
        intent:switching:job-seeker	-0.0677
        intent:switching:purchase-ask	-0.0944
        intent:switching:contact-sent	-0.1248
        intent:switching:how-much	-0.152
        intent:switching:off-topic	-0.2181
        intent:switching:curiosity	-0.2301
        intent:switching:review-3-stars	-0.2448
        intent:switching:stated-in-past	-0.2605
        intent:switching:future-visit	-0.2693
        intent:switching:question-opener	-0.2697
        intent:switching:contact-ask	-0.2809
        intent:switching:price-shape	-0.3035
        intent:switching:vendor-pitch	-0.3089
        intent:switching:booking-request	-0.3492
        intent:switching:friend-tag	-0.3557
        intent:switching:long-text	-0.4787
        intent:switching:follower-spam	-0.5027
        intent:switching:review-4-5-stars	-0.6042
        intent:switching:stated-not-asked	-0.6761
        intent:switching:complaint	-0.8371
        intent:switching:sarcasm	-0.9211
        intent:switching:praise	-1.0483
        intent:switching:request	-1.125
        intent:switching:lex:a	0.2825
        intent:switching:lex:estamos	0.2803
        intent:switching:lex:l	0.2582
        intent:switching:lex:se	0.2568
        intent:switching:lex:with	0.249
        intent:switching:lex:da	0.2455
        intent:switching:lex:mcfit	0.2412
        intent:switching:lex:ans	0.24
        intent:switching:lex:contract	0.2392
        intent:switching:lex:ende	0.2372
        intent:switching:lex:y	0.2338
        intent:switching:lex:fazem	0.2314
        intent:switching:lex:da voi	0.2306
        intent:switching:lex:estoy	0.2262
        intent:switching:lex:voi	0.2147
        intent:switching:lex:marzo	0.2131
        intent:switching:lex:to	0.1965
        intent:switching:lex:nicht	0.1954
        intent:switching:lex:club	0.194
        intent:switching:lex:nos	0.1919
        intent:switching:lex:ai	0.1904
        intent:switching:lex:und	0.1883
        intent:switching:lex:jamais	0.1835
        intent:switching:lex:moving	0.1817
        intent:switching:lex:depuis	0.1773
        intent:switching:lex:o	0.1765
        intent:switching:lex:chiuso	0.1762
        intent:switching:lex:chez	0.1693
        intent:switching:lex:sem	0.1689
        intent:switching:lex:unser	0.1665
        intent:switching:lex:what	0.1654
        intent:switching:lex:siempre	0.1645
        intent:switching:lex:our	0.1632
        intent:switching:lex:ihr	0.1629
        intent:switching:lex:mais	0.1628
        intent:switching:lex:avec	0.1621
        intent:switching:lex:fin	0.1614
        intent:switching:lex:estan	0.161
        intent:switching:lex:ustedes	0.1592
        intent:switching:lex:im	0.1584
        intent:switching:lex:ha	0.158
        intent:switching:lex:fechou	0.1568
        intent:switching:lex:month	0.1562
        intent:switching:lex:mir	0.155
        intent:switching:lex:en	0.1538
        intent:switching:lex:and	0.1536
        intent:switching:lex:a fine	0.1532
        intent:switching:lex:me	0.151
        intent:switching:lex:quoi	0.1504
        intent:switching:lex:wird	0.1484
        intent:switching:lex:fine	0.1468
        intent:switching:lex:con	0.1461
        intent:switching:lex:franchement	0.1459
        intent:switching:lex:que	0.1439
        intent:switching:lex:unless	0.1439
        intent:switching:lex:fate	0.142
        intent:switching:lex:nao	0.1401
        intent:switching:lex:basic	0.1396
        intent:switching:lex:basic fit	0.1396
        intent:switching:lex:nossa	0.1396
        intent:switching:lex:demo	0.1389
        intent:switching:lex:o meu	0.1386
        intent:switching:lex:to you	0.1373
        intent:switching:lex:proposta	0.1364
        intent:switching:lex:went	0.1364
        intent:switching:lex:graz	0.1363
        intent:switching:lex:mehr	0.1363
        intent:switching:lex:fit	0.1348
        intent:switching:lex:gone	0.1346
        intent:switching:lex:zona	0.134
        intent:switching:lex:votre	0.1328
        intent:switching:lex:sempre	0.1326
        intent:switching:lex:com	0.1311
        intent:switching:lex:zu	0.1304
        intent:switching:lex:nach	0.1294
        intent:switching:lex:outra	0.1292
        intent:switching:lex:ca	0.1286
        intent:switching:lex:ca fait	0.1272
        intent:switching:lex:vence	0.1257
        intent:switching:lex:ha chiuso	0.1253
        intent:switching:lex:changer	0.1247
        intent:switching:lex:j	0.1228
        intent:switching:lex:ends	0.1225
        intent:switching:lex:il vostro	0.1216
        intent:switching:lex:vostro	0.121
        intent:switching:lex:en enero	0.1184
        intent:switching:lex:over	0.1181
        intent:switching:lex:nach graz	0.1173
        intent:switching:lex:wordt	0.1171
        intent:switching:lex:abbonamento	0.1163
        intent:switching:lex:l abbonamento	0.1163
        intent:switching:lex:profe	0.1162
        intent:switching:lex:zu euch	0.1162
        intent:switching:lex:mudamos	0.1161
        intent:switching:lex:mudamos a	0.1161
        intent:switching:lex:nos mudamos	0.1161
        intent:switching:lex:voll	0.1145
        intent:switching:lex:annuale	0.114
        intent:switching:lex:zijn	0.114
        intent:switching:lex:y la	0.1137
        intent:switching:lex:personne	0.1135
        intent:switching:lex:geht	0.1133
        intent:switching:lex:mir zu	0.1129
        intent:switching:lex:ano	0.1111
        intent:switching:lex:het	0.1109
        intent:switching:lex:thinking	0.1103
        intent:switching:lex:thinking of	0.1103
        intent:switching:lex:cada	0.1102
        intent:switching:lex:mois	0.11
        intent:switching:lex:que e	0.1094
        intent:switching:lex:je	0.1093
        intent:switching:lex:nhs	0.109
        intent:switching:lex:at	0.1084
        intent:switching:lex:have	0.1078
        intent:switching:lex:pero	0.1068
        intent:switching:lex:private	0.1063
        intent:switching:lex:todo	0.1061
        intent:switching:lex:ends in	0.1053
        intent:switching:lex:will	0.1053
        intent:switching:lex:e a	0.1051
        intent:switching:lex:contract with	0.105
        intent:switching:lex:domicilio	0.1049
        intent:switching:lex:bust	0.1046
        intent:switching:lex:march and	0.1044
        intent:switching:lex:usamos	0.1041
        intent:switching:lex:are	0.104
        intent:switching:lex:enero	0.1033
        intent:switching:lex:venue	0.1033
        intent:switching:lex:ma	0.1029
        intent:switching:lex:wedding is	0.1027
        intent:switching:lex:carne	0.1023
        intent:switching:lex:onde	0.1023
        intent:switching:lex:probetraining	0.1023
        intent:switching:lex:queda	0.1022
        intent:switching:lex:en marzo	0.102
        intent:switching:lex:em matosinhos	0.1019
        intent:switching:lex:matosinhos	0.1019
        intent:switching:lex:mes	0.1018
        intent:switching:lex:fait	0.1015
        intent:switching:lex:otro	0.1002
        intent:switching:lex:vor	0.0999
        intent:switching:lex:mese	0.0998
        intent:switching:lex:e fiquei	0.0995
        intent:switching:lex:este	0.0995
        intent:switching:lex:acaba	0.0993
        intent:switching:lex:neuen	0.0993
        intent:switching:lex:teamsystem	0.0992
        intent:switching:lex:hiked	0.0989
        intent:switching:lex:coimbra	0.0988
        intent:switching:lex:kundigung	0.0988
        intent:switching:lex:se termine	0.0983
        intent:switching:lex:termine	0.0983
        intent:switching:lex:fine mese	0.098
        intent:switching:lex:termine fin	0.098
        intent:switching:lex:como funciona	0.0979
        intent:switching:lex:funciona	0.0979
        intent:switching:lex:la	0.0978
        intent:switching:lex:quanto costa	0.0978
        intent:switching:lex:contrato	0.0977
        intent:switching:lex:it again	0.0974
        intent:switching:lex:notre contrat	0.0971
        intent:switching:lex:ne repond	0.0968
        intent:switching:lex:repond	0.0968
        intent:switching:lex:y me	0.0967
        intent:switching:lex:pensando	0.0964
        intent:switching:lex:fin juin	0.0961
        intent:switching:lex:plus	0.0961
        intent:switching:lex:entregas	0.0953
        intent:switching:lex:fazem entregas	0.0953
        intent:switching:lex:galere	0.0953
        intent:switching:lex:offre	0.0952
        intent:switching:lex:einen neuen	0.095
        intent:switching:lex:still have	0.095
        intent:switching:lex:personne ne	0.0949
        intent:switching:lex:current	0.0943
        intent:switching:lex:unless you	0.0943
        intent:switching:lex:aviso	0.0941
        intent:switching:lex:mi	0.0941
        intent:switching:lex:sem aviso	0.0941
        intent:switching:lex:you guys	0.0937
        intent:switching:lex:ne	0.0929
        intent:switching:lex:trocar	0.0928
        intent:switching:lex:moving to	0.0927
        intent:switching:lex:costa	0.092
        intent:switching:lex:in march	0.092
        intent:switching:lex:j ai	0.0919
        intent:switching:lex:estoy en	0.0917
        intent:switching:lex:teneis	0.0917
        intent:switching:lex:we	0.0913
        intent:switching:lex:em	0.0909
        intent:switching:lex:sur votre	0.0908
        intent:switching:lex:tienen	0.0907
        intent:switching:lex:but	0.0906
        intent:switching:lex:tres	0.0906
        intent:switching:lex:je change	0.0905
        intent:switching:lex:you can	0.0898
        intent:switching:lex:semaines	0.0896
        intent:switching:lex:change	0.0895
        intent:switching:lex:o que	0.0893
        intent:switching:lex:vous avez	0.0891
        intent:switching:lex:fiduciaire	0.0885
        intent:switching:lex:dia	0.088
        intent:switching:lex:kommen	0.0879
        intent:switching:lex:l hiver	0.0878
        intent:switching:lex:sohn	0.0877
        intent:switching:lex:march	0.0876
        intent:switching:lex:die kundigung	0.0871
        intent:switching:lex:os	0.087
        intent:switching:lex:toute	0.0868
        intent:switching:lex:honestly	0.0866
        intent:switching:lex:lauft ende	0.0866
        intent:switching:lex:guys	0.0862
        intent:switching:lex:mais les	0.0857
        intent:switching:lex:lauft	0.0856
        intent:switching:lex:para o	0.0852
        intent:switching:lex:comprar	0.085
        intent:switching:lex:wie	0.0847
        intent:switching:lex:ans mais	0.0846
        intent:switching:lex:lohn	0.0846
        intent:switching:lex:on aimerait	0.0845
        intent:switching:lex:puis	0.0845
        intent:switching:lex:puis je	0.0845
        intent:switching:lex:qui puis	0.0845
        intent:switching:lex:prochain	0.0844
        intent:switching:lex:restaurante	0.0844
        intent:switching:lex:passou	0.0843
        intent:switching:lex:steuerberater	0.0839
        intent:switching:lex:schnell	0.0838
        intent:switching:lex:aimerait	0.0837
        intent:switching:lex:bi	0.0832
        intent:switching:lex:avec une	0.083
        intent:switching:lex:encore de	0.0829
        intent:switching:lex:wedding	0.0827
        intent:switching:lex:are you	0.0826
        intent:switching:lex:nous sommes	0.0826
        intent:switching:lex:sommes	0.0826
        intent:switching:lex:notre	0.0825
        intent:switching:lex:a sherbrooke	0.0823
        intent:switching:lex:sherbrooke	0.0823
        intent:switching:lex:sair	0.082
        intent:switching:lex:je contacter	0.0816
        intent:switching:lex:euro	0.081
        intent:switching:lex:me estoy	0.081
        intent:switching:lex:voces	0.081
        intent:switching:lex:ya van	0.0809
        intent:switching:lex:ano y	0.0808
        intent:switching:lex:fijo	0.0808
        intent:switching:lex:moeten	0.0803
        intent:switching:lex:fiquei	0.0802
        intent:switching:lex:mon	0.0802
        intent:switching:lex:mudo	0.0802
        intent:switching:lex:euch	0.0798
        intent:switching:lex:import	0.0796
        intent:switching:lex:patients	0.0795
        intent:switching:lex:condominio	0.079
        intent:switching:lex:vuestra	0.079
        intent:switching:lex:contrat	0.0786
        intent:switching:lex:ya no	0.0786
        intent:switching:lex:mein	0.0784
        intent:switching:lex:date	0.0783
        intent:switching:lex:dejar	0.0782
        intent:switching:lex:up to	0.078
        intent:switching:lex:este ano	0.0779
        intent:switching:lex:a los	0.0777
        intent:switching:lex:chicos	0.0777
        intent:switching:lex:com a	0.0777
        intent:switching:lex:donde	0.0777
        intent:switching:lex:meses	0.0777
        intent:switching:lex:de siempre	0.0776
        intent:switching:lex:y ya	0.0776
        intent:switching:lex:cent	0.0775
        intent:switching:lex:empresa que	0.0775
        intent:switching:lex:nuestra	0.0774
        intent:switching:lex:o nosso	0.0774
        intent:switching:lex:ruft	0.0774
        intent:switching:lex:ruft mich	0.0774
        intent:switching:lex:ci	0.0773
        intent:switching:lex:come to	0.0773
        intent:switching:lex:aan	0.0772
        intent:switching:lex:deixa	0.0772
        intent:switching:lex:calls	0.0771
        intent:switching:lex:vez	0.077
        intent:switching:lex:cupo	0.0769
        intent:switching:lex:cupo en	0.0769
        intent:switching:lex:il nostro	0.0763
        intent:switching:lex:their	0.0761
        intent:switching:lex:nostro	0.076
        intent:switching:lex:la facture	0.0759
        intent:switching:lex:meio	0.0758
        intent:switching:lex:a month	0.0756
        intent:switching:lex:corto	0.0755
        intent:switching:lex:corto con	0.0755
        intent:switching:lex:holded	0.0755
        intent:switching:lex:june	0.0755
        intent:switching:lex:nos queda	0.0755
        intent:switching:lex:queda corto	0.0755
        intent:switching:lex:bar	0.0754
        intent:switching:lex:chamberi	0.0754
        intent:switching:lex:and it	0.0752
        intent:switching:lex:ci trasferiamo	0.0751
        intent:switching:lex:marzo e	0.0751
        intent:switching:lex:trasferiamo	0.0751
        intent:switching:lex:trasferiamo a	0.0751
        intent:switching:lex:che	0.075
        intent:switching:lex:pase	0.0743
        intent:switching:lex:pase libre	0.0743
        intent:switching:lex:cambian	0.0742
        intent:switching:lex:dropped	0.0742
        intent:switching:lex:klaar	0.0739
        intent:switching:lex:another	0.0738
        intent:switching:lex:altijd	0.0737
        intent:switching:lex:sacar	0.0736
        intent:switching:lex:nosso	0.0733
        intent:switching:lex:da nossa	0.0732
        intent:switching:lex:scade	0.0732
        intent:switching:lex:manutencao	0.073
        intent:switching:lex:forniture	0.0728
        intent:switching:lex:hort	0.0728
        intent:switching:lex:san	0.0728
        intent:switching:lex:un bar	0.0727
        intent:switching:lex:e sempre	0.0726
        intent:switching:lex:zona de	0.0726
        intent:switching:lex:della	0.0725
        intent:switching:lex:nicht mehr	0.0724
        intent:switching:lex:it s	0.0722
        intent:switching:lex:us	0.0721
        intent:switching:lex:proposez	0.072
        intent:switching:lex:vcs	0.072
        intent:switching:lex:explose	0.0718
        intent:switching:lex:mi ha	0.0717
        intent:switching:lex:pac	0.0717
        intent:switching:lex:pac code	0.0717
        intent:switching:lex:fur ein	0.0715
        intent:switching:lex:avant	0.0714
        intent:switching:lex:o senhor	0.0714
        intent:switching:lex:senhor	0.0714
        intent:switching:lex:gym	0.0713
        intent:switching:lex:procuramos	0.0713
        intent:switching:lex:a lausanne	0.0712
        intent:switching:lex:il mio	0.0712
        intent:switching:lex:in zona	0.0712
        intent:switching:lex:ben klaar	0.0706
        intent:switching:lex:klaar met	0.0706
        intent:switching:lex:contacter	0.0705
        intent:switching:lex:passe	0.0704
        intent:switching:lex:apparaten	0.0703
        intent:switching:lex:kapot	0.0702
        intent:switching:lex:we verhuizen	0.0702
        intent:switching:lex:meu	0.0701
        intent:switching:lex:dispo a	0.07
        intent:switching:lex:etes dispo	0.07
        intent:switching:lex:con la	0.0699
        intent:switching:lex:verhuizen	0.0699
        intent:switching:lex:sei	0.0697
        intent:switching:lex:lausanne	0.0696
        intent:switching:lex:again	0.0694
        intent:switching:lex:fibra	0.0692
        intent:switching:lex:dentist	0.069
        intent:switching:lex:mich an	0.0689
        intent:switching:lex:to come	0.0686
        intent:switching:lex:heb je	0.0685
        intent:switching:lex:se nos	0.0685
        intent:switching:lex:verhuizen in	0.0685
        intent:switching:lex:et	0.0682
        intent:switching:lex:je een	0.0681
        intent:switching:lex:nen	0.0681
        intent:switching:lex:third outage	0.0681
        intent:switching:lex:esame	0.068
        intent:switching:lex:gratuito	0.068
        intent:switching:lex:hiver	0.068
        intent:switching:lex:occhiali	0.068
        intent:switching:lex:third	0.068
        intent:switching:lex:ya	0.0679
        intent:switching:lex:el seguro	0.0678
        intent:switching:lex:otra en	0.0678
        intent:switching:lex:seguro del	0.0678
        intent:switching:lex:het hele	0.0675
        intent:switching:lex:utrecht en	0.0675
        intent:switching:lex:fisio	0.0674
        intent:switching:lex:juin	0.0674
        intent:switching:lex:an	0.0673
        intent:switching:lex:haceis	0.0673
        intent:switching:lex:en de	0.0672
        intent:switching:lex:our current	0.0672
        intent:switching:lex:ziehen	0.0672
        intent:switching:lex:just	0.0671
        intent:switching:lex:o preco	0.0671
        intent:switching:lex:sociedades	0.067
        intent:switching:lex:nuovi	0.0669
        intent:switching:lex:bottiglie	0.0667
        intent:switching:lex:gezin	0.0666
        intent:switching:lex:por privado	0.0666
        intent:switching:lex:bietet	0.0665
        intent:switching:lex:bietet mir	0.0665
        intent:switching:lex:ihr nicht	0.0665
        intent:switching:lex:laden	0.0665
        intent:switching:lex:nemen jullie	0.0665
        intent:switching:lex:nieuwe patienten	0.0665
        intent:switching:lex:nog nieuwe	0.0665
        intent:switching:lex:patienten aan	0.0665
        intent:switching:lex:weniger	0.0665
        intent:switching:lex:wenn ihr	0.0665
        intent:switching:lex:a nossa	0.0664
        intent:switching:lex:abo	0.0664
        intent:switching:lex:antiga	0.0664
        intent:switching:lex:assinatura	0.0664
        intent:switching:lex:facture	0.0664
        intent:switching:lex:nos para	0.0664
        intent:switching:lex:plano	0.0664
        intent:switching:lex:ver una	0.0664
        intent:switching:lex:werkt	0.0664
        intent:switching:lex:mas os	0.0663
        intent:switching:lex:plataforma	0.0663
        intent:switching:lex:semestre	0.0663
        intent:switching:lex:in feb	0.0662
        intent:switching:lex:me to	0.0661
        intent:switching:lex:ab janner	0.0659
        intent:switching:lex:bekommen	0.0659
        intent:switching:lex:habt s	0.0659
        intent:switching:lex:kapazitaten	0.0659
        intent:switching:lex:la otra	0.0659
        intent:switching:lex:physio	0.0659
        intent:switching:lex:februari	0.0658
        intent:switching:lex:fur manuelle	0.0658
        intent:switching:lex:in februari	0.0658
        intent:switching:lex:manuelle	0.0658
        intent:switching:lex:manuelle therapie	0.0658
        intent:switching:lex:therapie	0.0658
        intent:switching:lex:e preciso	0.0657
        intent:switching:lex:feb	0.0657
        intent:switching:lex:vista	0.0657
        intent:switching:lex:duurder	0.0656
        intent:switching:lex:een proefles	0.0655
        intent:switching:lex:proefles	0.0655
        intent:switching:lex:van jullie	0.0651
        intent:switching:lex:ben	0.065
        intent:switching:lex:seguro	0.0649
        intent:switching:lex:gli	0.0647
        intent:switching:lex:und die	0.0645
        intent:switching:lex:cuenta	0.0641
        intent:switching:lex:qui	0.0641
        intent:switching:lex:escribo por	0.064
        intent:switching:lex:estao	0.064
        intent:switching:lex:praxis	0.064
        intent:switching:lex:accettate	0.0638
        intent:switching:lex:backer	0.0638
        intent:switching:lex:dentista	0.0638
        intent:switching:lex:famiglia	0.0638
        intent:switching:lex:os escribo	0.0638
        intent:switching:lex:pazienti	0.0638
        intent:switching:lex:semmeln	0.0638
        intent:switching:lex:taglich	0.0638
        intent:switching:lex:a joke	0.0637
        intent:switching:lex:em janeiro	0.0637
        intent:switching:lex:joke	0.0637
        intent:switching:lex:pour l	0.0637
        intent:switching:lex:ao	0.0636
        intent:switching:lex:nemen	0.0636
        intent:switching:lex:para	0.0635
        intent:switching:lex:gibts	0.0633
        intent:switching:lex:primavera	0.0633
        intent:switching:lex:quanto ci	0.0633
        intent:switching:lex:janner	0.0631
        intent:switching:lex:preco	0.0631
        intent:switching:lex:done with	0.0628
        intent:switching:lex:fate anche	0.0627
        intent:switching:lex:liefert	0.0625
        intent:switching:lex:liefert ihr	0.0625
        intent:switching:lex:e mi	0.0624
        intent:switching:lex:explain	0.0624
        intent:switching:lex:happening	0.0624
        intent:switching:lex:mi serve	0.0624
        intent:switching:lex:s happening	0.0624
        intent:switching:lex:scade a	0.0624
        intent:switching:lex:privado	0.0623
        intent:switching:lex:vinos	0.0623
        intent:switching:lex:cobrem	0.0622
        intent:switching:lex:vcs cobrem	0.0622
        intent:switching:lex:moving my	0.062
        intent:switching:lex:tim	0.0616
        intent:switching:lex:whole family	0.0616
        intent:switching:lex:family	0.0615
        intent:switching:lex:whole	0.0615
        intent:switching:lex:con tim	0.0614
        intent:switching:lex:la portabilita	0.0614
        intent:switching:lex:portabilita	0.0614
        intent:switching:lex:april	0.0613
        intent:switching:lex:fin de	0.0613
        intent:switching:lex:jahr	0.0613
        intent:switching:lex:auch	0.0612
        intent:switching:lex:avez encore	0.0612
        intent:switching:lex:im marz	0.0612
        intent:switching:lex:serve un	0.0612
        intent:switching:lex:a loro	0.0607
        intent:switching:lex:im april	0.0607
        intent:switching:lex:la stessa	0.0607
        intent:switching:lex:loro	0.0607
        intent:switching:lex:non vi	0.0607
        intent:switching:lex:stessa	0.0607
        intent:switching:lex:is a	0.0606
        intent:switching:lex:can get	0.0605
        intent:switching:lex:sur	0.0604
        intent:switching:lex:af	0.0603
        intent:switching:lex:weekly	0.0602
        intent:switching:lex:per un	0.06
        intent:switching:lex:hele	0.0599
        intent:switching:lex:verordnung	0.0599
        intent:switching:lex:en we	0.0597
        intent:switching:lex:eind	0.0596
        intent:switching:lex:up	0.0596
        intent:switching:lex:and the	0.0595
        intent:switching:lex:da outra	0.0595
        intent:switching:lex:get me	0.0595
        intent:switching:lex:painless	0.0595
        intent:switching:lex:escribo	0.0594
        intent:switching:lex:preciso	0.0594
        intent:switching:lex:wie funktioniert	0.0594
        intent:switching:lex:voor het	0.0593
        intent:switching:lex:cara	0.0592
        intent:switching:lex:the whole	0.0592
        intent:switching:lex:meine	0.059
        intent:switching:lex:na	0.059
        intent:switching:lex:club del	0.0589
        intent:switching:lex:ist mir	0.0589
        intent:switching:lex:teuer	0.0589
        intent:switching:lex:teuer und	0.0589
        intent:switching:lex:will need	0.0589
        intent:switching:lex:zu teuer	0.0589
        intent:switching:lex:a otro	0.0588
        intent:switching:lex:em braga	0.0588
        intent:switching:lex:la cuenta	0.0588
        intent:switching:lex:passo a	0.0587
        intent:switching:lex:patienten	0.0587
        intent:switching:lex:rifare	0.0587
        intent:switching:lex:jullie nog	0.0584
        intent:switching:lex:mas	0.0584
        intent:switching:lex:se non	0.0584
        intent:switching:lex:to leeds	0.0584
        intent:switching:lex:alguien q	0.0583
        intent:switching:lex:they	0.0583
        intent:switching:lex:honestly done	0.0582
        intent:switching:lex:a new	0.0581
        intent:switching:lex:banco	0.0581
        intent:switching:lex:vino	0.0581
        intent:switching:lex:ogni	0.058
        intent:switching:lex:gonna	0.0579
        intent:switching:lex:pedido	0.0577
        intent:switching:lex:qu on	0.0577
        intent:switching:lex:vous etes	0.0575
        intent:switching:lex:barbeiro	0.0574
        intent:switching:lex:assistenza	0.0573
        intent:switching:lex:che ci	0.0573
        intent:switching:lex:e voltou	0.0572
        intent:switching:lex:tandarts	0.0572
        intent:switching:lex:we zitten	0.0572
        intent:switching:lex:ready	0.0571
        intent:switching:lex:pasame	0.0569
        intent:switching:lex:o contrato	0.0568
        intent:switching:lex:wenn	0.0568
        intent:switching:lex:funktioniert	0.0566
        intent:switching:lex:zitten	0.0566
        intent:switching:lex:by friday	0.0565
        intent:switching:lex:outage	0.0564
        intent:switching:lex:outage this	0.0564
        intent:switching:lex:barbearia	0.0563
        intent:switching:lex:stappen	0.0563
        intent:switching:lex:cai	0.0562
        intent:switching:lex:e	0.0562
        intent:switching:lex:k	0.0561
        intent:switching:lex:duur	0.0559
        intent:switching:lex:goes	0.0559
        intent:switching:lex:libre	0.0559
        intent:switching:lex:new	0.0559
        intent:switching:lex:te duur	0.0559
        intent:switching:lex:achete	0.0558
        intent:switching:lex:ai achete	0.0558
        intent:switching:lex:attente	0.0558
        intent:switching:lex:d attente	0.0558
        intent:switching:lex:leur	0.0558
        intent:switching:lex:semaines d	0.0558
        intent:switching:lex:velo	0.0558
        intent:switching:lex:vivo	0.0558
        intent:switching:lex:estamos a	0.0556
        intent:switching:lex:exact	0.0554
        intent:switching:lex:zitten nu	0.0552
        intent:switching:lex:a internet	0.055
        intent:switching:lex:cai todo	0.055
        intent:switching:lex:internet cai	0.055
        intent:switching:lex:todo dia	0.055
        intent:switching:lex:vivo e	0.055
        intent:switching:lex:einen	0.0549
        intent:switching:lex:meno	0.0548
        intent:switching:lex:bluefit	0.0547
        intent:switching:lex:braga	0.0547
        intent:switching:lex:na bluefit	0.0547
        intent:switching:lex:una demo	0.0547
        intent:switching:lex:cosa	0.0544
        intent:switching:lex:een demo	0.0544
        intent:switching:lex:exact maar	0.0544
        intent:switching:lex:maar het	0.0544
        intent:switching:lex:nu op	0.0544
        intent:switching:lex:q me	0.0544
        intent:switching:lex:with the	0.0544
        intent:switching:lex:el mes	0.0542
        intent:switching:lex:mensalidade	0.0542
        intent:switching:lex:yours	0.0542
        intent:switching:lex:fine anno	0.0541
        intent:switching:lex:a marzo	0.054
        intent:switching:lex:fattura	0.054
        intent:switching:lex:deles	0.0539
        intent:switching:lex:dort	0.0538
        intent:switching:lex:contrato acaba	0.0537
        intent:switching:lex:someone	0.0537
        intent:switching:lex:nur	0.0535
        intent:switching:lex:the weekly	0.0534
        intent:switching:lex:entro	0.0532
        intent:switching:lex:von	0.0531
        intent:switching:lex:tutta la	0.053
        intent:switching:lex:alguem de	0.0529
        intent:switching:lex:chez vous	0.0529
        intent:switching:lex:coaching	0.0529
        intent:switching:lex:proximo	0.0529
        intent:switching:lex:c est	0.0527
        intent:switching:lex:club de	0.0527
        intent:switching:lex:krijgen	0.0527
        intent:switching:lex:fa	0.0526
        intent:switching:lex:auto	0.0525
        intent:switching:lex:atelier	0.0524
        intent:switching:lex:chi ci	0.0524
        intent:switching:lex:immer	0.0522
        intent:switching:lex:de la	0.0521
        intent:switching:lex:tutta	0.0521
        intent:switching:lex:datev	0.0516
        intent:switching:lex:mit datev	0.0516
        intent:switching:lex:sind mit	0.0516
        intent:switching:lex:el basic	0.0515
        intent:switching:lex:e il	0.0514
        intent:switching:lex:stiamo	0.0514
        intent:switching:lex:la caldaia	0.0513
        intent:switching:lex:jaar	0.0511
        intent:switching:lex:moment	0.051
        intent:switching:lex:the moment	0.051
        intent:switching:lex:etes	0.0509
        intent:switching:lex:personio	0.0509
        intent:switching:lex:s ihr	0.0509
        intent:switching:lex:depuis des	0.0508
        intent:switching:lex:ho chiuso	0.0508
        intent:switching:lex:glucklich	0.0506
        intent:switching:lex:m gone	0.0506
        intent:switching:lex:gratis este	0.0505
        intent:switching:lex:marz	0.0505
        intent:switching:lex:matricula gratis	0.0505
        intent:switching:lex:teneis matricula	0.0505
        intent:switching:lex:oder nur	0.0504
        intent:switching:lex:abonnement	0.0503
        intent:switching:lex:gratis	0.0503
        intent:switching:lex:it	0.0502
        intent:switching:lex:puregym	0.0502
        intent:switching:lex:anni ma	0.0501
        intent:switching:lex:qu	0.0501
        intent:switching:lex:janeiro	0.05
        intent:switching:lex:nouveau	0.0498
        intent:switching:lex:serve	0.0498
        intent:switching:lex:un nouveau	0.0498
        intent:switching:lex:fees	0.0497
        intent:switching:lex:to another	0.0497
        intent:switching:lex:unless someone	0.0496
        intent:switching:lex:done	0.0494
        intent:switching:lex:service	0.0494
        intent:switching:lex:ca donne	0.0493
        intent:switching:lex:demenage a	0.0493
        intent:switching:lex:donne	0.0493
        intent:switching:lex:et ils	0.0493
        intent:switching:lex:formule	0.0493
        intent:switching:lex:franchement le	0.0493
        intent:switching:lex:ils	0.0493
        intent:switching:lex:ils ont	0.0493
        intent:switching:lex:ont	0.0493
        intent:switching:lex:steeds	0.0493
        intent:switching:lex:do u	0.0492
        intent:switching:lex:e o	0.0492
        intent:switching:lex:they ve	0.0492
        intent:switching:lex:verso	0.0492
        intent:switching:lex:ik een	0.0489
        intent:switching:lex:i m	0.0487
        intent:switching:lex:caldaia	0.0486
        intent:switching:lex:quanto	0.0486
        intent:switching:lex:af en	0.0485
        intent:switching:lex:de nouveaux	0.0485
        intent:switching:lex:dentiste	0.0485
        intent:switching:lex:gestegen	0.0485
        intent:switching:lex:nouveaux	0.0485
        intent:switching:lex:panne	0.0485
        intent:switching:lex:prijzen	0.0485
        intent:switching:lex:prijzen zijn	0.0485
        intent:switching:lex:toute la	0.0485
        intent:switching:lex:aout	0.0484
        intent:switching:lex:en aout	0.0484
        intent:switching:lex:ma non	0.0484
        intent:switching:lex:petit	0.0484
        intent:switching:lex:acaba em	0.0482
        intent:switching:lex:tres semanas	0.0482
        intent:switching:lex:ort	0.0481
        intent:switching:lex:trago	0.0481
        intent:switching:lex:vor ort	0.0481
        intent:switching:lex:you for	0.048
        intent:switching:lex:but they	0.0479
        intent:switching:lex:l abonnement	0.0478
        intent:switching:lex:nunca	0.0478
        intent:switching:lex:prenez les	0.0478
        intent:switching:lex:brands	0.0476
        intent:switching:lex:pao	0.0475
        intent:switching:lex:utrecht	0.0475
        intent:switching:lex:with puregym	0.0475
        intent:switching:lex:nhs patients	0.0474
        intent:switching:lex:with another	0.0474
        intent:switching:lex:zijn met	0.0474
        intent:switching:lex:piu	0.0472
        intent:switching:lex:que viene	0.0472
        intent:switching:lex:de l	0.0471
        intent:switching:lex:another practice	0.047
        intent:switching:lex:ja nao	0.047
        intent:switching:lex:you	0.047
        intent:switching:lex:o plano	0.0467
        intent:switching:lex:a torino	0.0465
        intent:switching:lex:torino	0.0465
        intent:switching:lex:abril	0.0464
        intent:switching:lex:igualais	0.0461
        intent:switching:lex:igualais el	0.0461
        intent:switching:lex:me igualais	0.0461
        intent:switching:lex:precio me	0.0461
        intent:switching:lex:wegen der	0.046
        intent:switching:lex:atendem no	0.0459
        intent:switching:lex:loopt	0.0458
        intent:switching:lex:at the	0.0457
        intent:switching:lex:you still	0.0457
        intent:switching:lex:este mes	0.0456
        intent:switching:lex:met de	0.0456
        intent:switching:lex:elettronica	0.0454
        intent:switching:lex:la famille	0.0454
        intent:switching:lex:wir suchen	0.0454
        intent:switching:lex:centro	0.0453
        intent:switching:lex:vattenfall	0.0453
        intent:switching:lex:deja	0.0452
        intent:switching:lex:een vast	0.0452
        intent:switching:lex:euro per	0.0452
        intent:switching:lex:jubila	0.0452
        intent:switching:lex:juni	0.0452
        intent:switching:lex:non	0.0452
        intent:switching:lex:possiamo	0.0452
        intent:switching:lex:se jubila	0.0452
        intent:switching:lex:herencia	0.0451
        intent:switching:lex:tema de	0.0451
        intent:switching:lex:besoin d	0.045
        intent:switching:lex:demenage	0.045
        intent:switching:lex:el precio	0.045
        intent:switching:lex:a promocao	0.0449
        intent:switching:lex:anders	0.0449
        intent:switching:lex:mandaram	0.0449
        intent:switching:lex:you do	0.0448
        intent:switching:lex:minas	0.0447
        intent:switching:lex:que lo	0.0447
        intent:switching:lex:vai	0.0446
        intent:switching:lex:per maand	0.0443
        intent:switching:lex:minha	0.044
        intent:switching:lex:tema	0.044
        intent:switching:lex:je pars	0.0439
        intent:switching:lex:pars	0.0439
        intent:switching:lex:raus	0.0439
        intent:switching:lex:anni e	0.0435
        intent:switching:lex:start	0.0435
        intent:switching:lex:vast	0.0435
        intent:switching:lex:wine	0.0432
        intent:switching:lex:fechar	0.0431
        intent:switching:lex:always	0.0429
        intent:switching:lex:met	0.0429
        intent:switching:lex:bin	0.0428
        intent:switching:lex:downhill	0.0428
        intent:switching:lex:giving	0.0428
        intent:switching:lex:gone downhill	0.0428
        intent:switching:lex:has gone	0.0428
        intent:switching:lex:have gone	0.0428
        intent:switching:lex:instead	0.0428
        intent:switching:lex:uno	0.0428
        intent:switching:lex:cafe	0.0427
        intent:switching:lex:empresa	0.0427
        intent:switching:lex:practice	0.0426
        intent:switching:lex:no porto	0.0425
        intent:switching:lex:alternativas	0.0424
        intent:switching:lex:depois de	0.0424
        intent:switching:lex:has	0.0424
        intent:switching:lex:me een	0.0424
        intent:switching:lex:mirando	0.0423
        intent:switching:lex:cambiar	0.0422
        intent:switching:lex:next month	0.0422
        intent:switching:lex:and is	0.0421
        intent:switching:lex:besoin	0.0419
        intent:switching:lex:ja	0.0418
        intent:switching:lex:quero	0.0418
        intent:switching:lex:suchen	0.0416
        intent:switching:lex:ur	0.0416
        intent:switching:lex:la rodilla	0.0415
        intent:switching:lex:rodilla	0.0415
        intent:switching:lex:its	0.0414
        intent:switching:lex:fica	0.0413
        intent:switching:lex:me da	0.0413
        intent:switching:lex:marzo y	0.0411
        intent:switching:lex:d un	0.0409
        intent:switching:lex:use	0.0408
        intent:switching:lex:encima	0.0407
        intent:switching:lex:y encima	0.0407
        intent:switching:lex:dispo	0.0406
        intent:switching:lex:no me	0.0406
        intent:switching:lex:promocao	0.0406
        intent:switching:lex:niet	0.0405
        intent:switching:lex:pis	0.0404
        intent:switching:lex:a gennaio	0.0403
        intent:switching:lex:nous	0.0403
        intent:switching:lex:s your	0.0403
        intent:switching:lex:keine	0.0402
        intent:switching:lex:fancy	0.0401
        intent:switching:lex:doen	0.04
        intent:switching:lex:famille	0.04
        intent:switching:lex:mes que	0.04
        intent:switching:lex:do i	-0.04
        intent:switching:lex:fix	-0.0401
        intent:switching:lex:uns	-0.0401
        intent:switching:lex:limpeza	-0.0402
        intent:switching:lex:quedaron	-0.0402
        intent:switching:lex:man bei	-0.0403
        intent:switching:lex:semi	-0.0404
        intent:switching:lex:pueden	-0.0405
        intent:switching:lex:si fa	-0.0405
        intent:switching:lex:via	-0.0406
        intent:switching:lex:dois	-0.0407
        intent:switching:lex:mandate	-0.0407
        intent:switching:lex:since	-0.0407
        intent:switching:lex:stay	-0.0408
        intent:switching:lex:horario	-0.0409
        intent:switching:lex:manha	-0.041
        intent:switching:lex:mi mandate	-0.0411
        intent:switching:lex:venir	-0.0412
        intent:switching:lex:mijn	-0.0413
        intent:switching:lex:personnes	-0.0413
        intent:switching:lex:want to	-0.0413
        intent:switching:lex:in de	-0.0414
        intent:switching:lex:a mortgage	-0.0416
        intent:switching:lex:by my	-0.0416
        intent:switching:lex:my bank	-0.0416
        intent:switching:lex:potete	-0.0416
        intent:switching:lex:anyone know	-0.0417
        intent:switching:lex:actually	-0.0418
        intent:switching:lex:morgen	-0.0419
        intent:switching:lex:can someone	-0.042
        intent:switching:lex:help with	-0.042
        intent:switching:lex:in the	-0.0421
        intent:switching:lex:semaine	-0.0421
        intent:switching:lex:de mi	-0.0422
        intent:switching:lex:il sito	-0.0424
        intent:switching:lex:pilates	-0.0425
        intent:switching:lex:with a	-0.0426
        intent:switching:lex:vous pouvez	-0.0427
        intent:switching:lex:ahora	-0.0429
        intent:switching:lex:prende	-0.0429
        intent:switching:lex:thing	-0.0429
        intent:switching:lex:allo	-0.0431
        intent:switching:lex:c e	-0.0433
        intent:switching:lex:mail	-0.0433
        intent:switching:lex:small	-0.0435
        intent:switching:lex:noch	-0.0437
        intent:switching:lex:hola	-0.0438
        intent:switching:lex:depois da	-0.044
        intent:switching:lex:een offerte	-0.044
        intent:switching:lex:or is	-0.0441
        intent:switching:lex:samedi	-0.0441
        intent:switching:lex:como faco	-0.0442
        intent:switching:lex:faco	-0.0442
        intent:switching:lex:know if	-0.0442
        intent:switching:lex:comment on	-0.0443
        intent:switching:lex:know	-0.0444
        intent:switching:lex:voor mijn	-0.0444
        intent:switching:lex:sale	-0.0446
        intent:switching:lex:se mi	-0.0446
        intent:switching:lex:cliente da	-0.0447
        intent:switching:lex:in casa	-0.0447
        intent:switching:lex:indietro	-0.0447
        intent:switching:lex:torno indietro	-0.0447
        intent:switching:lex:graag	-0.0448
        intent:switching:lex:ou	-0.0448
        intent:switching:lex:resto	-0.0448
        intent:switching:lex:senno	-0.0449
        intent:switching:lex:siamo	-0.0449
        intent:switching:lex:promesso	-0.045
        intent:switching:lex:puede	-0.045
        intent:switching:lex:ta	-0.0451
        intent:switching:lex:volta	-0.0451
        intent:switching:lex:ottimo	-0.0453
        intent:switching:lex:mim	-0.0454
        intent:switching:lex:pra mim	-0.0454
        intent:switching:lex:la tarde	-0.0455
        intent:switching:lex:gleich	-0.0456
        intent:switching:lex:pls	-0.0456
        intent:switching:lex:pour le	-0.0457
        intent:switching:lex:de	-0.0459
        intent:switching:lex:up for	-0.0463
        intent:switching:lex:lunedi	-0.0464
        intent:switching:lex:gia	-0.0465
        intent:switching:lex:yet	-0.0465
        intent:switching:lex:your	-0.0467
        intent:switching:lex:ci si	-0.0468
        intent:switching:lex:come ci	-0.0468
        intent:switching:lex:pour les	-0.0468
        intent:switching:lex:manana	-0.0469
        intent:switching:lex:n	-0.0469
        intent:switching:lex:bank	-0.0471
        intent:switching:lex:does the	-0.0471
        intent:switching:lex:hora	-0.0472
        intent:switching:lex:saturday	-0.0477
        intent:switching:lex:area	-0.0478
        intent:switching:lex:call	-0.0478
        intent:switching:lex:day	-0.0479
        intent:switching:lex:m	-0.0479
        intent:switching:lex:nehm	-0.0479
        intent:switching:lex:therme	-0.0483
        intent:switching:lex:du	-0.0487
        intent:switching:lex:er	-0.0487
        intent:switching:lex:moglich	-0.0488
        intent:switching:lex:tu	-0.0492
        intent:switching:lex:per il	-0.0493
        intent:switching:lex:voor	-0.0494
        intent:switching:lex:gutschein	-0.0498
        intent:switching:lex:riuscite	-0.0498
        intent:switching:lex:riuscite a	-0.0498
        intent:switching:lex:desde	-0.05
        intent:switching:lex:and i	-0.0502
        intent:switching:lex:sabato	-0.0503
        intent:switching:lex:mp	-0.0507
        intent:switching:lex:hebben jullie	-0.0513
        intent:switching:lex:habt ihr	-0.0516
        intent:switching:lex:habts	-0.0523
        intent:switching:lex:alguem pode	-0.0525
        intent:switching:lex:three	-0.0527
        intent:switching:lex:boiler	-0.0528
        intent:switching:lex:is	-0.0528
        intent:switching:lex:tem	-0.053
        intent:switching:lex:kitchen	-0.0531
        intent:switching:lex:dias	-0.0532
        intent:switching:lex:pouvez	-0.0536
        intent:switching:lex:sto	-0.0538
        intent:switching:lex:essen	-0.0541
        intent:switching:lex:quiero	-0.0546
        intent:switching:lex:esta	-0.0549
        intent:switching:lex:serait	-0.0549
        intent:switching:lex:jemanden	-0.0551
        intent:switching:lex:jemanden fur	-0.0551
        intent:switching:lex:au	-0.0552
        intent:switching:lex:comment	-0.0552
        intent:switching:lex:onder de	-0.0553
        intent:switching:lex:onder	-0.0554
        intent:switching:lex:sexta	-0.0554
        intent:switching:lex:come si	-0.0555
        intent:switching:lex:torno	-0.0555
        intent:switching:lex:cajas	-0.0556
        intent:switching:lex:quiero pedir	-0.0557
        intent:switching:lex:de las	-0.056
        intent:switching:lex:bitte kontaktieren	-0.0561
        intent:switching:lex:kontaktieren	-0.0561
        intent:switching:lex:mich bitte	-0.0562
        intent:switching:lex:hebben	-0.0565
        intent:switching:lex:seit	-0.0565
        intent:switching:lex:la quota	-0.057
        intent:switching:lex:quota	-0.057
        intent:switching:lex:tengo	-0.0571
        intent:switching:lex:veux	-0.0572
        intent:switching:lex:errore	-0.0576
        intent:switching:lex:per la	-0.0576
        intent:switching:lex:other	-0.0579
        intent:switching:lex:sto a	-0.058
        intent:switching:lex:qualcuno	-0.0582
        intent:switching:lex:bergamo	-0.0584
        intent:switching:lex:no	-0.0585
        intent:switching:lex:a bergamo	-0.0588
        intent:switching:lex:due	-0.0588
        intent:switching:lex:pelo	-0.0594
        intent:switching:lex:wieder	-0.0595
        intent:switching:lex:man	-0.0601
        intent:switching:lex:ok	-0.0602
        intent:switching:lex:pagamento	-0.0607
        intent:switching:lex:samstag no	-0.0609
        intent:switching:lex:carro	-0.061
        intent:switching:lex:fur a	-0.061
        intent:switching:lex:week	-0.0614
        intent:switching:lex:ce	-0.0615
        intent:switching:lex:iscrizione	-0.0617
        intent:switching:lex:mag	-0.0621
        intent:switching:lex:pedir	-0.0621
        intent:switching:lex:finestre in	-0.0624
        intent:switching:lex:in pvc	-0.0624
        intent:switching:lex:pvc	-0.0624
        intent:switching:lex:finestre	-0.0628
        intent:switching:lex:je vous	-0.0628
        intent:switching:lex:a dog	-0.0629
        intent:switching:lex:tarde	-0.0629
        intent:switching:lex:spargel	-0.0632
        intent:switching:lex:kids and	-0.0634
        intent:switching:lex:soir	-0.0636
        intent:switching:lex:queria	-0.0637
        intent:switching:lex:parte del	-0.0642
        intent:switching:lex:under	-0.0642
        intent:switching:lex:semanas esperando	-0.0643
        intent:switching:lex:dog	-0.0644
        intent:switching:lex:and a	-0.0647
        intent:switching:lex:as	-0.0647
        intent:switching:lex:esperando	-0.0647
        intent:switching:lex:need	-0.0649
        intent:switching:lex:bestell	-0.0652
        intent:switching:lex:help	-0.0652
        intent:switching:lex:one	-0.0658
        intent:switching:lex:info	-0.0666
        intent:switching:lex:sabado	-0.0666
        intent:switching:lex:eine	-0.0669
        intent:switching:lex:wir	-0.067
        intent:switching:lex:domingo	-0.0674
        intent:switching:lex:ve got	-0.0674
        intent:switching:lex:ihr am	-0.0675
        intent:switching:lex:link	-0.0676
        intent:switching:lex:buenas	-0.0678
        intent:switching:lex:por el	-0.0678
        intent:switching:lex:cliente	-0.0679
        intent:switching:lex:gern	-0.0682
        intent:switching:lex:i ve	-0.0682
        intent:switching:lex:konnen	-0.0685
        intent:switching:lex:konnen sie	-0.0685
        intent:switching:lex:migration auf	-0.0685
        intent:switching:lex:esta semana	-0.0687
        intent:switching:lex:auf m365	-0.069
        intent:switching:lex:sie	-0.0692
        intent:switching:lex:kann	-0.0697
        intent:switching:lex:lol	-0.0697
        intent:switching:lex:sie mich	-0.0697
        intent:switching:lex:eh	-0.0707
        intent:switching:lex:fur die	-0.0709
        intent:switching:lex:weg	-0.0722
        intent:switching:lex:agosto	-0.0724
        intent:switching:lex:voor een	-0.0729
        intent:switching:lex:pizza	-0.073
        intent:switching:lex:fixed	-0.0731
        intent:switching:lex:para el	-0.0732
        intent:switching:lex:del coche	-0.0736
        intent:switching:lex:coche	-0.074
        intent:switching:lex:am samstag	-0.0741
        intent:switching:lex:pago	-0.0742
        intent:switching:lex:semana	-0.0743
        intent:switching:lex:was	-0.0749
        intent:switching:lex:s the	-0.0751
        intent:switching:lex:una	-0.0751
        intent:switching:lex:amanha	-0.0752
        intent:switching:lex:me la	-0.0755
        intent:switching:lex:cuanto	-0.0756
        intent:switching:lex:vs	-0.0772
        intent:switching:lex:lo	-0.0777
        intent:switching:lex:in	-0.0783
        intent:switching:lex:been	-0.0786
        intent:switching:lex:das	-0.0789
        intent:switching:lex:avez de	-0.0799
        intent:switching:lex:want	-0.08
        intent:switching:lex:place demain	-0.0811
        intent:switching:lex:a la	-0.0815
        intent:switching:lex:buongiorno	-0.0815
        intent:switching:lex:bis	-0.0817
        intent:switching:lex:demain aprem	-0.0818
        intent:switching:lex:m365	-0.082
        intent:switching:lex:got a	-0.0821
        intent:switching:lex:kg	-0.0824
        intent:switching:lex:sin	-0.0825
        intent:switching:lex:migration	-0.0826
        intent:switching:lex:for a	-0.083
        intent:switching:lex:es	-0.0832
        intent:switching:lex:do you	-0.0833
        intent:switching:lex:un	-0.0842
        intent:switching:lex:currently	-0.0844
        intent:switching:lex:out	-0.0862
        intent:switching:lex:en la	-0.0864
        intent:switching:lex:demain	-0.0869
        intent:switching:lex:prezzo	-0.0871
        intent:switching:lex:aprem	-0.088
        intent:switching:lex:about	-0.0889
        intent:switching:lex:migracao	-0.0892
        intent:switching:lex:que me	-0.0894
        intent:switching:lex:google	-0.0895
        intent:switching:lex:fur	-0.0899
        intent:switching:lex:users	-0.0905
        intent:switching:lex:per	-0.0906
        intent:switching:lex:giga	-0.0921
        intent:switching:lex:migrazione	-0.0931
        intent:switching:lex:e precisamos	-0.0933
        intent:switching:lex:entrar	-0.0933
        intent:switching:lex:entrar em	-0.0933
        intent:switching:lex:podem entrar	-0.0933
        intent:switching:lex:contato	-0.0934
        intent:switching:lex:il codice	-0.0937
        intent:switching:lex:kids	-0.0937
        intent:switching:lex:precisamos	-0.0939
        intent:switching:lex:precisamos de	-0.0939
        intent:switching:lex:pour	-0.095
        intent:switching:lex:codice	-0.0953
        intent:switching:lex:can you	-0.0955
        intent:switching:lex:anyone	-0.0961
        intent:switching:lex:me cambio	-0.098
        intent:switching:lex:si	-0.0991
        intent:switching:lex:ik	-0.0994
        intent:switching:lex:temos	-0.0996
        intent:switching:lex:i	-0.0998
        intent:switching:lex:offer	-0.1006
        intent:switching:lex:pra	-0.1007
        intent:switching:lex:cloud	-0.1008
        intent:switching:lex:migracao para	-0.1008
        intent:switching:lex:para cloud	-0.1008
        intent:switching:lex:plan	-0.1019
        intent:switching:lex:price	-0.1039
        intent:switching:lex:team	-0.1058
        intent:switching:lex:como	-0.1084
        intent:switching:lex:solo	-0.1091
        intent:switching:lex:dal	-0.1092
        intent:switching:lex:por	-0.1119
        intent:switching:lex:las	-0.114
        intent:switching:lex:saying	-0.1143
        intent:switching:lex:el	-0.1157
        intent:switching:lex:keep	-0.1165
        intent:switching:lex:got	-0.1166
        intent:switching:lex:or	-0.1166
        intent:switching:lex:stasera	-0.119
        intent:switching:lex:samstag	-0.1212
        intent:switching:lex:cambio	-0.1222
        intent:switching:lex:podem	-0.1235
        intent:switching:lex:for	-0.1353
        intent:switching:lex:sito	-0.136
        intent:switching:lex:bitte	-0.1361
        intent:switching:lex:ich	-0.1438
        intent:switching:lex:the	-0.1471
        intent:switching:lex:any	-0.1485
        intent:switching:lex:parte	-0.1574
        intent:switching:lex:casa	-0.158
        intent:switching:lex:can	-0.1591
        intent:switching:lex:am	-0.1619
        intent:switching:lex:on	-0.1972
        intent:switching:lex:le	-0.198
        intent:switching:lex:al	-0.2468
        """;
}
