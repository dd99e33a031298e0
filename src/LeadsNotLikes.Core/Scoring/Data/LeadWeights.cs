namespace LeadsNotLikes.Scoring;

/// <summary>
/// The shipped model weights (<c>name&lt;TAB&gt;log-odds</c>): lead weights, then the intent weights
/// (<c>intent:&lt;intent&gt;:&lt;feature&gt;</c>). Written by <c>LeadsNotLikes.Cli train</c>.
/// </summary>
internal static class LeadWeights
{
    public const string Tsv = """
        (bias)	-2.9728
        contact-sent	4.3504
        price-ask	3.7548
        tag-plan	3.2769
        contact-ask	3.0564
        purchase-ask	2.6361
        callback-promise	2.5259
        complaint-with-request	2.2604
        price-shape	2.2196
        booking-ask	2.1705
        request	2.0972
        return-booked	2.0652
        how-much	2.0496
        timing	1.9862
        switching	1.9647
        availability-ask	1.9183
        sign-up	1.8419
        current-provider	1.7992
        party-size	1.7457
        deal-ask	1.6822
        lex:link	1.6113
        team-vocabulary-question	1.6
        recovery	1.4439
        lex:mp	1.3613
        seeking-replacement	1.2973
        future-visit	1.2271
        purchase-topic	1.2232
        team-vocabulary	1.2
        lex:dann	1.1464
        lex:can	1.1153
        booking-request	1.1147
        lex:whats	1.1085
        conditional-offer	1.0947
        lex:box	1.0799
        lex:x	1.0167
        imperative-request	0.9723
        question	0.9652
        need-plan	0.9648
        lex:que me	0.9212
        lex:quero	0.894
        lex:o	0.8642
        lex:wir	0.8624
        lex:precio	0.8616
        price-word	0.8584
        availability-question	0.856
        lex:order	0.8502
        lex:tarif	0.8467
        lex:comment	0.8328
        lex:for the	0.8316
        lex:any	0.8247
        lex:plan	0.8145
        lex:dm	0.8056
        lex:abonne	0.8044
        lex:come	0.8043
        booking-noun	0.8005
        lex:bitte	0.7984
        lex:no	0.7972
        lex:a gente	0.7914
        lex:nos	0.7875
        lex:hint	0.7782
        addressed-question	0.7609
        lex:como	0.7607
        lex:ich	0.7607
        lex:wollen	0.7308
        lex:prijs	0.7295
        lex:ook	0.7285
        lex:u	0.7261
        lex:una	0.716
        lex:semi	0.7158
        lex:interessada	0.7145
        lex:zodra	0.7098
        lex:del	0.7074
        lex:veux	0.7067
        lex:pa	0.7045
        lex:we need	0.693
        lex:dije	0.6912
        lex:zodra de	0.6899
        lex:om	0.6815
        lex:graag	0.6805
        lex:me	0.6731
        lex:staat	0.6726
        lex:april	0.6628
        lex:qto	0.6626
        lex:chez vous	0.659
        lex:mandato	0.6552
        lex:info	0.6551
        lex:attends	0.6515
        lex:j attends	0.6515
        lex:te dije	0.65
        lex:lien	0.6467
        lex:of the	0.6429
        lex:teamsystem	0.6395
        lex:ja to	0.6391
        lex:bon	0.6316
        lex:nog	0.6306
        lex:serait	0.6304
        lex:mit	0.6301
        lex:nehm	0.6247
        lex:hint hint	0.6179
        mention	0.616
        lex:je m	0.615
        lex:kann	0.6095
        lex:about	0.6076
        lex:mois	0.602
        lex:me la	0.6004
        lex:noleggio	0.5988
        lex:someone	0.5981
        lex:am	0.5945
        lex:no hay	0.5881
        lex:before	0.5879
        lex:ende	0.5852
        lex:combien	0.5846
        lex:permanent	0.5845
        lex:this for	0.5818
        question-opener	0.5811
        lex:mandei	0.5804
        lex:pour un	0.5759
        lex:menos	0.5758
        lex:e ancora	0.5756
        lex:up for	0.5733
        lex:si	0.5706
        lex:wenn	0.5692
        lex:voltou	0.5681
        lex:pls	0.5678
        lex:sin	0.5678
        lex:ne mail	0.567
        lex:trim	0.5633
        lex:prezzo	0.5594
        lex:golf	0.5586
        lex:potete	0.5582
        lex:pilates	0.5577
        lex:scritto in	0.5569
        lex:schrijf	0.5531
        lex:tarif pour	0.5513
        lex:raus	0.551
        lex:get	0.5496
        lex:allora	0.5493
        lex:geschickt	0.5493
        lex:on fait	0.5483
        lex:hoe	0.5442
        lex:auch	0.5438
        lex:ma non	0.5394
        lex:kfz	0.5391
        lex:carnaval	0.5372
        lex:net	0.5367
        lex:need this	0.5366
        lex:per	0.5341
        lex:bald	0.534
        lex:gleich	0.533
        lex:has	0.532
        lex:mij	0.5312
        lex:wegen	0.5279
        lex:ainda	0.5251
        lex:ce serait	0.5248
        lex:que te	0.5233
        lex:will	0.5218
        lex:negozio	0.5216
        lex:vou	0.5216
        lex:bei	0.5204
        lex:dm d	0.52
        lex:pillo	0.52
        lex:want	0.5178
        lex:cumple	0.516
        lex:incrivel	0.516
        lex:as datas	0.5144
        lex:datas	0.5144
        lex:ich nehm	0.5142
        lex:a skin	0.5141
        lex:skin fade	0.5141
        lex:kit	0.5137
        lex:m	0.5113
        lex:envoye	0.5102
        lex:im	0.5094
        lex:te	0.5075
        lex:vostra	0.5073
        lex:i ll	0.5072
        lex:gestuurd	0.5069
        lex:yours	0.5067
        lex:jahre	0.5066
        lex:geburtstag	0.5063
        lex:voglio	0.506
        lex:tienen	0.5026
        lex:ogni	0.5014
        lex:parte	0.499
        lex:en veux	0.4984
        lex:vendo	0.4956
        lex:ref	0.4907
        lex:wordt	0.4893
        lex:done with	0.4858
        lex:le	0.4847
        lex:fahrer	0.4846
        lex:melden	0.484
        lex:stock	0.4838
        lex:do u	0.483
        lex:schnitt	0.4821
        lex:fur	0.4818
        lex:per la	0.4805
        lex:three	0.4802
        lex:mettez	0.4782
        lex:volta	0.4782
        lex:vertrag	0.4777
        lex:passo	0.4764
        lex:club	0.4762
        lex:signed	0.4761
        lex:la meme	0.4756
        lex:super	0.4746
        lex:antes	0.4723
        lex:sent	0.4692
        lex:in stock	0.4668
        lex:gemacht	0.4663
        lex:kommen	0.4641
        lex:balayage	0.4628
        lex:wird	0.4622
        lex:compra	0.4616
        lex:done	0.4614
        lex:gennaio	0.4611
        lex:un poste	0.4608
        lex:cadeau	0.4602
        lex:cadeau pour	0.4602
        lex:kerstdag	0.4601
        lex:student	0.4599
        lex:pode	0.4595
        lex:kosten	0.4593
        lex:pro	0.4591
        lex:para	0.459
        lex:poste	0.4586
        lex:fixe	0.4583
        lex:semaines	0.4564
        lex:est encore	0.4563
        lex:tem no	0.4556
        lex:left	0.4539
        lex:si me	0.4538
        lex:fecha	0.4527
        lex:janner	0.4517
        lex:deciso	0.4511
        lex:can someone	0.4495
        lex:soluzione	0.4489
        lex:tema	0.4483
        lex:herencia	0.4479
        lex:tema de	0.4479
        lex:meld	0.4453
        lex:geht	0.4451
        lex:ce	0.4449
        lex:hier soir	0.4444
        lex:ta	0.444
        lex:moglich	0.4433
        lex:course	0.4432
        lex:much for	0.4432
        lex:ao	0.4426
        lex:vorrei	0.4426
        lex:una demo	0.442
        lex:es la	0.4407
        lex:les	0.4407
        lex:kan	0.4396
        lex:current	0.4379
        lex:free	0.4369
        lex:prendiamo	0.4366
        lex:utrecht	0.4365
        lex:zet	0.4365
        lex:interessati	0.436
        lex:siamo interessati	0.436
        lex:scrivetemi	0.4356
        lex:date	0.4355
        lex:nachsten monat	0.435
        lex:hay	0.4349
        lex:on	0.4346
        lex:coming	0.434
        lex:para las	0.4331
        lex:sort	0.4325
        lex:compleanno	0.4318
        lex:cafe da	0.4316
        lex:prenez les	0.431
        lex:moi	0.4304
        lex:onder de	0.4287
        lex:semana	0.4271
        lex:pour	0.4269
        lex:forearm	0.4267
        lex:weekly	0.4267
        lex:got any	0.4263
        lex:na	0.426
        lex:abo	0.4259
        lex:mei	0.4253
        lex:der	0.425
        lex:under	0.4235
        lex:unser	0.4233
        lex:quoi le	0.4231
        lex:valor	0.423
        lex:pasar	0.4224
        lex:pas	0.422
        lex:palm	0.4217
        lex:teambuilding	0.4217
        lex:adesso	0.42
        lex:first	0.4197
        lex:il	0.4197
        lex:delle	0.4183
        lex:attends toujours	0.417
        lex:volgende maand	0.4169
        lex:ai achete	0.4168
        lex:vous prenez	0.4155
        lex:appena	0.4126
        lex:person	0.4115
        lex:prenez	0.4115
        lex:schwester	0.4112
        lex:contrato	0.4106
        lex:je veux	0.4094
        lex:steeds	0.4094
        lex:habt ihr	0.4067
        lex:knippen	0.4064
        lex:ya esta	0.4049
        lex:velo	0.4048
        lex:man	0.4044
        lex:und die	0.404
        lex:habt	0.4038
        lex:encore	0.4019
        lex:kan ik	0.4006
        lex:internet	0.3995
        lex:dit is	0.3977
        lex:mijn	0.3974
        lex:ne	0.3973
        lex:sent you	0.3959
        lex:and a	0.3955
        lex:qu	0.3953
        lex:voor mijn	0.394
        lex:wien	0.3932
        lex:manha	0.3931
        lex:fineline	0.3925
        lex:ihr	0.3911
        lex:valencia	0.3906
        lex:message	0.3897
        lex:vous en	0.3895
        lex:dann ist	0.3892
        lex:ogni mese	0.3889
        lex:kids and	0.3886
        lex:chi posso	0.3871
        lex:honestly done	0.387
        lex:tarifa	0.3867
        lex:zuruck	0.3856
        lex:tecnico	0.3855
        lex:buenas	0.3852
        lex:pe	0.3838
        lex:apunto	0.3836
        lex:apunto al	0.3836
        lex:ca	0.3835
        lex:a dog	0.3822
        lex:wat	0.3807
        lex:in march	0.3806
        lex:retour	0.3806
        lex:quedo	0.3791
        lex:leeds	0.3784
        lex:my current	0.378
        lex:une	0.3776
        lex:maand	0.3775
        lex:on the	0.3768
        lex:due	0.3765
        lex:gut	0.3763
        lex:kost	0.3761
        lex:juni	0.3759
        lex:bad	0.3755
        lex:if they	0.3755
        lex:a joke	0.3753
        lex:antes de	0.3749
        lex:ship	0.3742
        lex:voor	0.374
        lex:thinking of	0.3736
        lex:theorie	0.372
        lex:as	0.3708
        lex:bitte um	0.3693
        lex:ballpark	0.3692
        lex:pouvez	0.3678
        lex:revisarlo	0.3675
        lex:geliefert	0.3669
        lex:progressiva	0.3669
        lex:table	0.3668
        lex:svp	0.3666
        lex:thinking	0.3664
        lex:mal an	0.3663
        lex:en valencia	0.3661
        lex:mese	0.366
        lex:ab	0.3658
        lex:looking at	0.3649
        lex:alles gut	0.3646
        lex:ist alles	0.3646
        lex:green	0.3642
        lex:the green	0.3642
        lex:sie	0.364
        lex:is the	0.3635
        lex:heerlijk	0.3634
        lex:in utrecht	0.3625
        lex:to order	0.3623
        lex:nog in	0.3621
        lex:preis	0.362
        lex:tem o	0.3617
        lex:other	0.3616
        lex:hrs	0.3615
        lex:moeder	0.36
        lex:de una	0.3597
        lex:pudiera	0.3595
        lex:run	0.3591
        lex:se me	0.3591
        lex:ohne	0.3586
        lex:mettez moi	0.3577
        lex:dia	0.3576
        lex:ja mandei	0.3572
        lex:mijn moeder	0.3565
        lex:die kundigung	0.3559
        lex:parce	0.3555
        lex:hebben jullie	0.3552
        lex:queremos	0.3545
        lex:moving	0.354
        lex:estamos	0.3523
        lex:bestell	0.3522
        lex:dagen	0.3518
        lex:neem	0.3518
        lex:el	0.3516
        lex:no p	0.3516
        lex:patients	0.3509
        lex:alguem de	0.3507
        lex:schreib	0.3502
        lex:atienden	0.3499
        lex:poi non	0.3498
        lex:se	0.3498
        lex:clio	0.3497
        lex:avant	0.3496
        lex:too	0.3483
        lex:d you	0.3479
        lex:noch in	0.3476
        lex:je vous	0.3472
        lex:shoot	0.3465
        lex:march	0.3457
        lex:de gootsteen	0.3434
        lex:gootsteen	0.3434
        lex:gibts die	0.3433
        lex:iscrivo	0.3432
        lex:mi iscrivo	0.3432
        lex:bewertung	0.343
        lex:in a	0.3426
        lex:on s	0.3422
        lex:us	0.3421
        lex:wir wollen	0.3419
        lex:entao	0.3418
        lex:den	0.3416
        lex:gedaan voor	0.3415
        lex:via het	0.3415
        lex:giugno	0.341
        lex:die halfte	0.3405
        lex:halfte	0.3405
        lex:van	0.339
        lex:rotto	0.3382
        lex:ballpark for	0.3378
        lex:klappt	0.3376
        lex:ware	0.3371
        lex:tagen	0.3364
        lex:paso	0.3359
        lex:in privato	0.3358
        lex:privato	0.3358
        lex:laser	0.335
        lex:ik neem	0.3349
        lex:dos	0.3331
        lex:hotline	0.3328
        lex:vrij	0.3328
        lex:month	0.3327
        lex:send	0.3324
        lex:jullie ook	0.332
        lex:dal	0.3319
        lex:mp envoye	0.3315
        lex:im janner	0.3314
        lex:you win	0.3307
        lex:bergamo	0.33
        lex:bring	0.3298
        lex:comment on	0.3296
        lex:donderdagavond	0.3294
        lex:win	0.3292
        lex:joke	0.3289
        lex:trataram	0.3284
        lex:before your	0.3282
        lex:mail	0.3282
        lex:apartamento	0.3278
        lex:skin	0.3269
        lex:mardi	0.3268
        lex:prix	0.3266
        lex:apk	0.3262
        lex:ihr euch	0.3261
        lex:quanto costa	0.3255
        lex:usamos	0.3254
        lex:nieuwe	0.3253
        lex:der schweiz	0.3244
        lex:schweiz	0.3244
        lex:to get	0.3242
        lex:siete ancora	0.3237
        lex:konnt	0.3234
        lex:fico	0.3223
        lex:student rate	0.3221
        lex:move	0.322
        lex:water	0.3218
        lex:graz	0.3216
        lex:servico	0.3209
        lex:in leeds	0.3207
        lex:qu on	0.3197
        lex:it on	0.3194
        lex:books	0.3192
        lex:contattarmi	0.3192
        lex:contract	0.3192
        lex:meu	0.3187
        lex:sigue disponible	0.3182
        lex:detartrage	0.3179
        lex:vir	0.3177
        lex:dela	0.3175
        lex:haal	0.3174
        lex:haal ik	0.3174
        lex:lunedi	0.3174
        lex:onder	0.3174
        lex:semesterferien	0.3174
        lex:funktioniert	0.3172
        lex:vous ai	0.3171
        lex:mn	0.317
        lex:non ho	0.3169
        lex:que vem	0.3166
        lex:el viernes	0.3163
        lex:a cozinha	0.3157
        lex:ik	0.3155
        lex:pn geschickt	0.3154
        lex:im herbst	0.315
        lex:primavera	0.3148
        lex:vous	0.3144
        lex:ainda ha	0.3143
        lex:a bergamo	0.314
        lex:got a	0.314
        lex:birthday	0.3128
        lex:kijken	0.3127
        lex:order the	0.3127
        lex:passer	0.3122
        lex:ons in	0.3121
        lex:e poi	0.3113
        lex:club del	0.3112
        lex:vous pouvez	0.3107
        lex:ho fatto	0.3106
        lex:e o	0.3105
        lex:for	0.3105
        lex:kill	0.3103
        lex:sinon	0.3102
        lex:torno	0.3089
        lex:p	0.3086
        lex:date de	0.3079
        lex:een nieuwe	0.3078
        lex:mim	0.3076
        lex:pra mim	0.3076
        lex:con un	0.3075
        lex:julho	0.3074
        lex:em julho	0.3073
        lex:die groene	0.307
        lex:est combien	0.307
        lex:groene	0.307
        lex:disponible	0.3068
        lex:amanha	0.306
        lex:qnt	0.3058
        lex:ci	0.3056
        lex:sto a	0.3056
        lex:fibre	0.3052
        lex:need to	0.3052
        lex:bastante	0.3051
        lex:hago	0.3049
        lex:un rimborso	0.3049
        lex:pueda	0.3048
        lex:kostet	0.3047
        lex:piu	0.3044
        lex:losing	0.3038
        lex:aguardo	0.3037
        lex:vostro	0.3037
        lex:bakfiets nog	0.3034
        lex:die bakfiets	0.3034
        lex:como hago	0.3033
        lex:volgende	0.3032
        lex:we re	0.3024
        lex:wc	0.3021
        lex:pour l	0.3018
        lex:llamar	0.3008
        lex:komplett	0.2993
        lex:ik hoor	0.2988
        lex:staat de	0.2988
        lex:to send	0.2987
        lex:gent en	0.2985
        lex:holen	0.2985
        lex:thing	0.2984
        lex:quanto	0.2983
        lex:daughter	0.2973
        lex:my daughter	0.2973
        lex:zaterdag	0.2973
        lex:biab	0.297
        lex:konnt ihr	0.2968
        lex:cozinha	0.296
        lex:keller	0.2957
        lex:wie funktioniert	0.2956
        lex:wat kost	0.2954
        lex:che la	0.2948
        lex:corte	0.2945
        lex:il vostro	0.294
        lex:plano	0.2935
        lex:herbst	0.2933
        lex:pa tu	0.2932
        lex:heizung	0.2926
        lex:vanaf	0.2926
        lex:vinos	0.2926
        lex:dir	0.2925
        lex:duurder	0.2923
        lex:only	0.2923
        lex:haar	0.2921
        lex:zeker	0.2919
        lex:in de	0.2913
        lex:esse o	0.2911
        lex:o ya	0.291
        lex:do i	0.2909
        lex:doppelt	0.2905
        lex:cuanto	0.2902
        lex:o de	0.2902
        lex:haben schon	0.2898
        lex:mcfit	0.2897
        lex:veg	0.2892
        lex:is de	0.2891
        lex:wechseln	0.289
        lex:uhr	0.2889
        lex:giovedi alle	0.2886
        lex:the veg	0.2886
        lex:veg box	0.2886
        lex:bestell ich	0.2884
        lex:qnt o	0.2879
        lex:do	0.2878
        lex:wey	0.2878
        lex:tem	0.2876
        lex:pour les	0.2872
        lex:missing	0.287
        lex:stp	0.2865
        lex:eco	0.2864
        lex:nachsten	0.2859
        lex:vrij in	0.2859
        lex:verjaardag	0.2858
        lex:avez encore	0.2857
        lex:depois da	0.2855
        lex:fin	0.2855
        lex:dispo en	0.2854
        lex:plantao	0.2853
        lex:in m	0.2848
        lex:promis	0.2847
        lex:matteo	0.2842
        lex:de meivakantie	0.2841
        lex:meivakantie	0.2841
        lex:in mei	0.284
        lex:mande	0.2838
        lex:cada	0.2836
        lex:meld ich	0.2832
        lex:praxis	0.2832
        lex:saturday	0.2832
        lex:agora	0.283
        lex:in schladming	0.2825
        lex:schladming	0.2825
        lex:dagen geen	0.2816
        lex:job on	0.2811
        lex:allez	0.2806
        lex:ik wil	0.2803
        lex:riuscite	0.2802
        lex:riuscite a	0.2802
        lex:mudo	0.2801
        lex:lukt	0.2796
        lex:lukt dat	0.2796
        lex:next	0.2793
        lex:once	0.2787
        lex:sigue	0.2787
        lex:atm	0.2786
        lex:team plan	0.2786
        lex:bin raus	0.278
        lex:bleib	0.2779
        lex:pn	0.2778
        lex:atelier	0.2773
        lex:os	0.2771
        lex:je voudrais	0.277
        lex:voudrais	0.277
        lex:on me	0.2769
        lex:zu	0.2768
        lex:e tutto	0.2765
        lex:on revient	0.2763
        lex:revient	0.2763
        lex:nice	0.2762
        lex:was kostet	0.2761
        lex:revient pour	0.2759
        lex:me interesa	0.2757
        lex:wurde	0.2757
        lex:vem	0.2755
        lex:ich mich	0.2754
        lex:un geste	0.2754
        lex:suis a	0.2753
        lex:they do	0.2748
        lex:treppenhaus	0.2748
        lex:lauft ende	0.274
        lex:fim do	0.2735
        lex:baard	0.2734
        lex:montatura	0.2734
        lex:verkocht	0.2732
        lex:nochmal	0.2731
        lex:questo	0.2729
        lex:keep	0.2728
        lex:le lien	0.2727
        lex:lien marche	0.2727
        lex:marche pas	0.2727
        lex:intensivo	0.2722
        lex:spedite	0.2722
        lex:winkel	0.2721
        lex:goes	0.2716
        lex:are you	0.2715
        lex:aula experimental	0.2707
        lex:experimental	0.2707
        lex:euch ohne	0.2705
        lex:ich will	0.2705
        lex:quero uma	0.2704
        lex:qto ta	0.2703
        lex:ta a	0.2696
        lex:tres	0.2696
        lex:lauft	0.2694
        lex:depois	0.2691
        lex:mich	0.2688
        lex:wiskunde	0.2688
        lex:cerchiamo	0.2681
        lex:top	0.2681
        lex:bravissimi	0.2679
        lex:with the	0.2675
        lex:reply	0.2673
        lex:lessons	0.2672
        lex:import	0.2669
        lex:y la	0.2668
        lex:anno	0.2664
        lex:iscrivo al	0.2664
        lex:probefahrt	0.2663
        lex:teuer und	0.2663
        lex:ich das	0.2653
        lex:goedkoper	0.2646
        lex:call me	0.2643
        lex:jubila	0.2642
        lex:se jubila	0.2642
        lex:uno	0.2641
        lex:kuche	0.2637
        lex:dias	0.2636
        lex:le lendemain	0.263
        lex:lendemain	0.263
        lex:ungefahr	0.2629
        lex:a progressiva	0.2627
        lex:da pra	0.2622
        lex:mum s	0.2622
        lex:igualzinha	0.2621
        lex:vertrag lauft	0.2617
        lex:estoy	0.2613
        lex:blijf	0.2612
        lex:toujours pas	0.2611
        lex:tu cumple	0.2611
        lex:about a	0.261
        lex:jaqueta	0.261
        lex:este	0.2607
        lex:ist mir	0.2604
        lex:biscuit	0.2603
        lex:furs	0.2602
        lex:tavolo	0.2599
        lex:commerce di	0.2597
        lex:correo	0.2597
        lex:un e	0.2597
        lex:como compro	0.2596
        lex:fez a	0.2591
        lex:hot	0.259
        lex:augsburg	0.2589
        lex:in augsburg	0.2589
        lex:primo	0.2586
        lex:chose pour	0.2579
        lex:blijf ik	0.2576
        lex:da manha	0.2576
        lex:plek	0.2576
        lex:bleiben	0.2575
        lex:ne pn	0.2574
        lex:pb	0.2573
        lex:pb gestuurd	0.2573
        lex:en aout	0.2567
        lex:com a	0.2565
        lex:matin	0.2565
        lex:vino	0.2565
        lex:alguien	0.2564
        lex:over	0.2563
        lex:am samstag	0.256
        lex:and i	0.256
        lex:hija	0.2557
        lex:mi hija	0.2557
        lex:palermo	0.2556
        lex:ce l	0.2554
        lex:petit	0.2552
        lex:meu vizinho	0.2548
        lex:vizinho	0.2548
        lex:o plano	0.2546
        lex:existing	0.2545
        lex:our existing	0.2545
        lex:terugbellen	0.2545
        lex:s the	0.2544
        lex:if someone	0.2543
        lex:cliente	0.2542
        lex:the weekly	0.2535
        lex:zahlt man	0.2534
        lex:sbiancamento	0.2531
        lex:de vries	0.2525
        lex:roja	0.2525
        lex:vries	0.2525
        lex:mon mariage	0.2524
        lex:opgehaald	0.2523
        lex:potete contattarmi	0.2521
        lex:zeit	0.252
        lex:intensive	0.2519
        lex:intensive course	0.2519
        lex:januari	0.2517
        lex:gardez nous	0.2516
        lex:gardez	0.2515
        lex:quoi	0.2511
        lex:o menos	0.251
        lex:sinon je	0.251
        lex:wine	0.251
        lex:eu	0.2509
        lex:volto	0.2508
        lex:allez in	0.2507
        lex:out	0.2507
        lex:fim	0.2504
        lex:door	0.2501
        lex:i	0.2498
        lex:sem	0.2498
        lex:supporto	0.2497
        lex:taking	0.2497
        lex:terug	0.2497
        lex:en la	0.2492
        lex:upgrade	0.2492
        lex:ik zeker	0.249
        lex:been waiting	0.2481
        lex:o senhor	0.2478
        lex:sempre na	0.2478
        lex:senhor	0.2478
        lex:cambiare	0.2476
        lex:paso el	0.2473
        lex:been	0.247
        lex:arrumar	0.2469
        lex:the intensive	0.2469
        lex:schrijf ik	0.2465
        lex:im keller	0.2464
        lex:llevaron	0.2463
        lex:put	0.2461
        lex:angemeldet	0.246
        lex:ellos	0.2457
        lex:week	0.2456
        lex:roughly	0.2454
        lex:steuerberater	0.2454
        lex:evier	0.2453
        lex:fuite sous	0.2453
        lex:l evier	0.2453
        lex:mijn zus	0.2453
        lex:sous l	0.2453
        lex:wide	0.2453
        lex:zus	0.2453
        lex:ich komm	0.2452
        lex:revisao	0.2443
        lex:curso	0.2442
        lex:b	0.2441
        lex:jullie een	0.2437
        lex:boiler	0.2436
        lex:caixa	0.2435
        lex:space	0.2435
        lex:compro o	0.2434
        lex:the one	0.2431
        lex:wo	0.2428
        lex:que eu	0.2424
        lex:ou ja	0.2423
        lex:verso	0.2419
        lex:frei	0.2418
        lex:in again	0.2418
        lex:la	0.2418
        lex:pour mon	0.2418
        lex:viernes	0.2416
        lex:os he	0.2413
        lex:caixa de	0.2412
        lex:he mandado	0.2412
        lex:mandado	0.2412
        lex:mandado un	0.2412
        lex:sobre	0.2412
        lex:coimbra	0.241
        lex:to keep	0.241
        lex:belt	0.2409
        lex:que lo	0.2408
        lex:non ci	0.2405
        lex:a palm	0.24
        lex:palm sized	0.24
        lex:plans	0.24
        lex:sized	0.24
        lex:sized fineline	0.24
        lex:komm	0.2399
        lex:ons	0.2399
        lex:samstag	0.2399
        lex:the team	0.2399
        lex:in gent	0.2398
        lex:kommt	0.2398
        lex:fineline piece	0.2394
        lex:sous	0.2394
        lex:anche	0.2393
        lex:reveillon	0.2392
        lex:cockapoo	0.2391
        lex:mi	0.2391
        lex:it if	0.239
        lex:keep it	0.239
        lex:un privado	0.2389
        lex:chose	0.2388
        lex:o link	0.2387
        lex:can you	0.2386
        lex:lauft im	0.2386
        lex:reach	0.2385
        lex:sin falta	0.2383
        lex:is een	0.238
        lex:o kit	0.2378
        lex:take	0.2376
        lex:bio ta	0.2375
        lex:da bio	0.2375
        lex:link da	0.2375
        lex:je pars	0.2373
        lex:pars	0.2373
        lex:a torino	0.2371
        lex:tenes	0.2371
        lex:torino	0.2371
        lex:the forearm	0.2366
        lex:domani	0.2365
        lex:tickets	0.2357
        lex:voor zaterdag	0.2355
        lex:com vcs	0.2353
        lex:attuale	0.235
        lex:les photos	0.2347
        lex:su	0.2346
        lex:xero	0.2344
        lex:to you	0.234
        lex:de l	0.2335
        lex:pouvez passer	0.2333
        lex:january	0.2332
        lex:area	0.233
        lex:me quedo	0.2329
        lex:second	0.2325
        lex:est quoi	0.2324
        lex:c1	0.2321
        lex:qua	0.232
        lex:patente	0.2319
        lex:gift	0.2318
        lex:volume	0.2317
        lex:stasera	0.2316
        lex:envie	0.2314
        lex:crepes	0.2312
        lex:geven	0.2312
        lex:moet	0.2311
        lex:puede	0.2311
        lex:insieme	0.2309
        lex:estamos a	0.2308
        lex:dan	0.2306
        lex:hem	0.2306
        lex:lohn	0.2306
        lex:levar	0.2305
        lex:gone	0.2304
        lex:quanto ta	0.2304
        lex:your	0.2304
        lex:prendo	0.2301
        lex:wir suchen	0.2298
        lex:worden	0.2295
        lex:down for	0.2293
        lex:um ruckruf	0.2292
        lex:certificacion	0.2291
        lex:alguem pode	0.2289
        lex:bin noch	0.2287
        lex:o contrato	0.2286
        lex:vanaf januari	0.2286
        lex:mel	0.2285
        lex:aout	0.2284
        lex:commerce	0.2284
        lex:e commerce	0.2284
        lex:el pedido	0.2277
        lex:verde	0.2277
        lex:need	0.2274
        lex:voor zondag	0.2273
        lex:gisteren	0.2272
        lex:den semesterferien	0.227
        lex:side	0.2269
        lex:wij zoeken	0.2269
        lex:negozio a	0.2268
        lex:can come	0.2267
        lex:someone can	0.2267
        lex:but one	0.2264
        lex:one leg	0.2264
        lex:atienden los	0.2262
        lex:your side	0.2261
        lex:e esse	0.2257
        lex:someone from	0.2252
        lex:whats the	0.2251
        lex:la moto	0.225
        lex:jours	0.2249
        lex:geste	0.2248
        lex:saindo	0.2248
        lex:nog op	0.2242
        lex:giornata	0.2239
        lex:passo a	0.2239
        lex:oui	0.2238
        lex:how much	0.2236
        lex:soir	0.2235
        lex:tonight	0.2234
        lex:et	0.2231
        lex:secretaria	0.2231
        lex:limpeza	0.223
        lex:from your	0.2229
        lex:in	0.2227
        lex:em lisboa	0.2226
        lex:green suede	0.2226
        lex:group	0.2226
        lex:jacket still	0.2226
        lex:suede	0.2226
        lex:suede jacket	0.2226
        lex:degustazione	0.2225
        lex:falta	0.2225
        lex:fiquei	0.2224
        lex:hin	0.2223
        lex:rijtjeshuis	0.2223
        lex:new	0.222
        lex:por menos	0.2217
        lex:presupuesto	0.2216
        lex:haben	0.2215
        lex:nach der	0.2215
        lex:noi	0.2215
        lex:nessun	0.2214
        lex:wechsel	0.2213
        lex:allume	0.2212
        lex:hoor graag	0.2212
        lex:le voyant	0.2212
        lex:voyant	0.2212
        lex:na school	0.2209
        lex:reach out	0.2206
        lex:personnes	0.2204
        lex:therme	0.2203
        lex:acaba	0.2201
        lex:set	0.2197
        lex:tracking	0.2196
        lex:manana	0.2193
        lex:fancy	0.2192
        lex:mijn vader	0.219
        lex:mio compleanno	0.219
        lex:vader	0.219
        lex:interesa	0.2189
        lex:encomendar	0.2188
        lex:been with	0.2187
        lex:vestido	0.2186
        lex:fechou	0.2185
        lex:arriva	0.2182
        lex:outsourcing	0.2179
        lex:passe	0.2179
        lex:de mon	0.2178
        lex:fit	0.2176
        lex:sol	0.2171
        lex:marz	0.217
        lex:colaboradores	0.2169
        lex:the second	0.2167
        lex:up to	0.2165
        lex:mensalidade	0.2164
        lex:stock in	0.2161
        lex:il est	0.216
        lex:voltamos	0.216
        lex:brands	0.2159
        lex:technicien	0.2159
        lex:cambian	0.2158
        lex:volgend voorjaar	0.2156
        lex:voorjaar	0.2156
        lex:store	0.2154
        lex:aber ich	0.2152
        lex:lust	0.2152
        lex:e voltou	0.215
        lex:sobre a	0.2149
        lex:rimborso	0.2148
        lex:o preco	0.2147
        lex:son las	0.2144
        lex:reponen	0.2142
        lex:char	0.2139
        lex:ficou top	0.2138
        lex:ronald	0.2132
        lex:a giugno	0.213
        lex:apre	0.2129
        lex:dias sem	0.2129
        lex:sem net	0.2129
        lex:vous me	0.2129
        lex:jeudi	0.2128
        lex:june	0.2126
        lex:tell me	0.2124
        lex:mi richiamate	0.2123
        lex:richiamate	0.2123
        lex:grz	0.2122
        lex:dem tisch	0.2118
        lex:steht	0.2118
        lex:vorrei che	0.2118
        lex:sympa	0.2117
        lex:altbau	0.2116
        lex:the big	0.2116
        lex:correction	0.2115
        lex:dejar	0.2112
        lex:kostet ca	0.2111
        lex:septiembre	0.2111
        lex:ll	0.2108
        lex:sede	0.2105
        lex:ff	0.2103
        lex:schlecht	0.2101
        lex:what s	0.2101
        lex:vuestra	0.2099
        lex:il y	0.2097
        lex:nog niks	0.2097
        lex:si vous	0.2096
        lex:hatte gern	0.2095
        lex:kostet bei	0.2093
        lex:form	0.2092
        lex:july	0.209
        lex:mum	0.2089
        lex:offerte	0.2087
        lex:unterlagen	0.2081
        lex:pidiendo	0.2079
        lex:parfait	0.2071
        lex:i want	0.207
        lex:che tenes	0.2069
        lex:cumple de	0.2068
        lex:acompte	0.2066
        lex:da	0.2063
        lex:ottimo	0.2062
        lex:esposa	0.2061
        lex:minha esposa	0.2061
        lex:paid social	0.2061
        lex:rijtjeshuis in	0.206
        lex:reserveren	0.2059
        lex:trago	0.2059
        lex:busco amanha	0.2058
        lex:separa	0.2058
        lex:mai	0.2057
        lex:ver	0.2057
        lex:sat	0.2055
        lex:marca eu	0.2054
        lex:llego la	0.205
        lex:cafe	0.2046
        lex:on est	0.2046
        lex:pm	0.2045
        lex:pneus hiver	0.2044
        lex:does yours	0.2043
        lex:twee	0.2043
        lex:grad	0.2042
        lex:labbi	0.2042
        lex:commander	0.2038
        lex:ends	0.2038
        lex:la salsa	0.2038
        lex:salsa	0.2038
        lex:social	0.2038
        lex:and we	0.2037
        lex:la clio	0.2037
        lex:hacen	0.2035
        lex:hacen envios	0.2035
        lex:heb	0.2035
        lex:ultima	0.2034
        lex:merci de	0.2033
        lex:silvester	0.2033
        lex:uber silvester	0.2033
        lex:costa	0.2032
        lex:orden	0.2032
        lex:reply yet	0.2031
        lex:contrato acaba	0.203
        lex:welpenkurs	0.203
        lex:personen	0.2029
        lex:we terug	0.2029
        lex:barbeiro	0.2027
        lex:trocar	0.2027
        review-1-2-stars	0.2027
        lex:chamei	0.2025
        lex:chamei no	0.2025
        lex:als jullie	0.2024
        lex:il tagliando	0.2024
        lex:sigo	0.2022
        lex:che passo	0.2021
        lex:ve	0.2021
        lex:ireland	0.2019
        lex:ship to	0.2019
        lex:to ireland	0.2019
        lex:en septiembre	0.2018
        lex:con el	0.2017
        lex:in july	0.2015
        lex:veux juste	0.2015
        lex:hab euch	0.2014
        lex:muss	0.2014
        lex:vous l	0.2014
        lex:love the	0.2013
        lex:two	0.2012
        lex:e mio	0.2011
        lex:vorremmo	0.2011
        lex:bakfiets	0.201
        lex:look	0.201
        lex:shall	0.201
        lex:checkout	0.2009
        lex:ins	0.2009
        lex:depuis votre	0.2007
        lex:fria y	0.2007
        lex:easter	0.2006
        lex:fez	0.2006
        lex:om het	0.2005
        lex:beheer	0.2004
        lex:soon	0.2004
        lex:fete	0.2003
        lex:shall we	0.2002
        lex:bag still	0.2001
        lex:pode vir	0.2001
        lex:still missing	0.2001
        lex:line	0.1994
        lex:was wurde	0.1994
        lex:o me	0.1992
        lex:month and	0.1991
        lex:tranquila	0.1991
        lex:dijeron que	0.1989
        lex:me dijeron	0.1989
        lex:zoeken een	0.1988
        lex:puo	0.1986
        lex:ottobre	0.1985
        lex:leur	0.1984
        lex:chiuso	0.1982
        lex:fade	0.1982
        lex:mache	0.1982
        lex:stiamo	0.1981
        lex:in your	0.198
        lex:luz	0.198
        lex:chance	0.1979
        lex:abril	0.1978
        lex:maat	0.1978
        lex:o bolo	0.1976
        lex:fare il	0.1975
        lex:questa per	0.1975
        lex:ha chiuso	0.1971
        lex:it still	0.197
        lex:walk	0.1969
        lex:apres	0.1968
        lex:our	0.1968
        lex:you an	0.1968
        lex:anos mas	0.1964
        lex:lo prendiamo	0.1962
        lex:re the	0.1957
        lex:a la	0.1954
        lex:oculos	0.1954
        lex:want it	0.1953
        lex:attuale non	0.1952
        lex:vorremmo cambiare	0.1952
        lex:depuis	0.1947
        lex:llego con	0.1946
        lex:tier	0.1946
        lex:piece	0.1941
        lex:migracao	0.194
        lex:twice	0.1939
        lex:the matching	0.1937
        lex:una semana	0.1936
        lex:esse	0.1933
        lex:komen we	0.1933
        lex:neue	0.1933
        lex:acaba em	0.1932
        lex:can anyone	0.1932
        lex:en talla	0.1928
        lex:talla m	0.1928
        lex:pa la	0.1927
        lex:wollen mit	0.1926
        lex:dejo	0.1925
        lex:en palermo	0.1925
        lex:en	0.1924
        lex:big	0.1923
        lex:presupuesto para	0.1923
        lex:one tonight	0.1922
        lex:per il	0.1921
        lex:semaines d	0.192
        lex:fete des	0.1919
        lex:mon dos	0.1918
        lex:espera	0.1917
        lex:een tandarts	0.1916
        lex:cucina	0.1915
        lex:im april	0.1915
        lex:juin	0.1915
        lex:vormittags	0.1915
        lex:ihr auch	0.1914
        lex:me pueden	0.1914
        lex:cedo	0.1913
        lex:pueden llamar	0.1912
        lex:quanto fica	0.1912
        lex:chi ci	0.1909
        lex:pos	0.1908
        lex:pos obra	0.1908
        lex:annee	0.1907
        lex:matching	0.1907
        lex:plano de	0.1904
        lex:probetraining	0.1902
        lex:pueden	0.1902
        lex:commande	0.1899
        lex:golpe en	0.1896
        lex:hacer	0.1896
        lex:packed	0.1896
        lex:packed in	0.1896
        lex:bei mir	0.1895
        lex:how do	0.1895
        lex:la espera	0.1891
        lex:preis fur	0.1889
        lex:de casa	0.1888
        lex:o t1	0.1887
        lex:semana me	0.1887
        lex:attente	0.1885
        lex:d attente	0.1885
        lex:disjoncteur	0.1884
        lex:disjoncteur saute	0.1884
        lex:le disjoncteur	0.1884
        lex:saute	0.1884
        lex:desde	0.1882
        lex:la renovacion	0.1882
        lex:noise	0.1882
        lex:renovacion	0.1882
        lex:bringing	0.1879
        lex:bringing my	0.1879
        lex:hago el	0.1878
        lex:verkopen	0.1876
        lex:sempre	0.1875
        lex:las negras	0.187
        lex:negras	0.187
        lex:tienen en	0.187
        lex:find	0.1868
        lex:look at	0.1866
        lex:avete ancora	0.1865
        lex:bestel	0.1864
        lex:sale	0.1862
        lex:curso intensivo	0.1861
        lex:get my	0.1859
        lex:sich bei	0.1858
        lex:this saturday	0.1857
        lex:in negozio	0.1856
        lex:pour notre	0.1855
        lex:errore	0.1854
        lex:segue	0.1854
        lex:e ficou	0.1853
        lex:keine	0.1853
        lex:scrivo	0.1853
        lex:per una	0.1852
        lex:wie letztes	0.1852
        lex:altura	0.185
        lex:bang	0.1848
        lex:niet bang	0.1848
        lex:avez	0.1847
        lex:wants	0.1847
        lex:asked	0.1846
        lex:wants to	0.1844
        lex:pra trocar	0.1842
        lex:actuel	0.1841
        lex:and you	0.1841
        lex:adulti	0.1837
        lex:esperando	0.1837
        lex:por la	0.1837
        lex:erp	0.1836
        lex:review	0.1835
        lex:die	0.1834
        lex:dijeron	0.1833
        lex:im marz	0.1833
        lex:monthly	0.1832
        lex:auch in	0.1831
        lex:huisje	0.1831
        lex:sunday	0.1831
        lex:sto	0.183
        lex:walk ins	0.183
        lex:team	0.1829
        lex:te lo	0.1828
        lex:geld	0.1827
        lex:mich an	0.1827
        lex:re on	0.1827
        lex:perrita	0.1821
        lex:great job	0.182
        lex:lo dejo	0.182
        lex:mi perrita	0.182
        lex:allo	0.1817
        lex:my forearm	0.1817
        lex:palm size	0.1817
        lex:restock	0.1817
        lex:roughly palm	0.1817
        lex:vorbeischauen	0.1816
        lex:get the	0.1815
        lex:pies	0.1812
        lex:you ship	0.1812
        lex:che e	0.1809
        lex:pm sent	0.1809
        lex:un golpe	0.1808
        lex:wanneer	0.1808
        lex:je reserve	0.1807
        lex:and honestly	0.1805
        lex:te kijken	0.1803
        lex:de agosto	0.1802
        lex:efh	0.1801
        lex:das treppenhaus	0.18
        lex:ophalen	0.18
        lex:picks	0.18
        lex:treppenhaus dran	0.18
        lex:der fuhrerschein	0.1798
        lex:fuhrerschein klasse	0.1798
        lex:klasse b	0.1798
        lex:libre	0.1798
        lex:ordine	0.1798
        lex:une date	0.1798
        lex:dem	0.1797
        lex:flash	0.1797
        lex:fuite	0.1797
        lex:quedaron	0.1797
        lex:wegen der	0.1795
        lex:llamar al	0.1793
        lex:sexta	0.1793
        lex:dolore	0.1791
        lex:sistemate	0.1791
        lex:proposez	0.1788
        lex:ai envoye	0.1787
        lex:envoye un	0.1785
        lex:faite	0.1785
        lex:overgestapt van	0.1785
        lex:chiamarmi	0.1784
        lex:me on	0.1784
        lex:gerust	0.1782
        lex:un cumple	0.1782
        lex:posto per	0.178
        lex:perfetto	0.1779
        lex:en getafe	0.1776
        lex:gehad	0.1776
        lex:pro meu	0.1776
        lex:payday	0.1772
        lex:brandt	0.1771
        lex:er iemand	0.1771
        lex:their	0.1771
        lex:estas	0.177
        lex:sonst	0.177
        lex:klasse	0.1769
        lex:la caldaia	0.1769
        lex:centro	0.1767
        lex:o ano	0.1765
        lex:booking	0.1764
        lex:um die	0.1764
        lex:au nom	0.1761
        lex:compro	0.1761
        lex:de lefevre	0.1761
        lex:kleiner	0.1761
        lex:lefevre	0.1761
        lex:we	0.1761
        lex:deux	0.1757
        lex:geld zuruck	0.1757
        lex:panda	0.1757
        lex:a casa	0.1755
        lex:disponivel	0.1754
        lex:je reviens	0.1754
        lex:reviens	0.1754
        lex:busco	0.1753
        lex:che me	0.1753
        lex:chercher	0.1753
        lex:le chercher	0.1753
        lex:kan komen	0.175
        lex:komen om	0.175
        lex:langs kan	0.175
        lex:two of	0.175
        lex:valt	0.175
        lex:gestore	0.1749
        lex:von	0.1749
        lex:loopt	0.1748
        lex:painless	0.1748
        lex:ring	0.1748
        lex:o vosso	0.1747
        lex:vosso	0.1747
        lex:kitchen	0.1746
        lex:padre	0.1745
        lex:vista	0.1745
        lex:to move	0.1744
        lex:e de	0.1742
        lex:still	0.1739
        lex:risposta	0.1738
        lex:zu teuer	0.1738
        lex:encore dispo	0.1737
        lex:saremmo	0.1737
        lex:saremmo in	0.1736
        lex:uur	0.1736
        lex:noite	0.1735
        lex:a laval	0.1734
        lex:account	0.1734
        lex:fliesen	0.1734
        lex:laval	0.1734
        lex:tenancy	0.1734
        lex:tisch	0.1734
        lex:banho	0.1733
        lex:loja	0.1733
        lex:putting	0.1732
        lex:q	0.173
        lex:armario	0.1723
        lex:d like	0.1723
        lex:barba	0.1722
        lex:no whats	0.1719
        lex:august	0.1718
        lex:kunnen	0.1718
        lex:diciembre	0.1714
        lex:so i	0.1713
        lex:we zeker	0.1713
        lex:geschickt wegen	0.171
        lex:before the	0.1709
        lex:muss ich	0.1709
        lex:code	0.1707
        lex:et le	0.1706
        lex:sign up	0.1704
        lex:where	0.1704
        lex:werkt	0.1702
        lex:er nog	0.1701
        lex:hold	0.1701
        lex:le lenti	0.1701
        lex:lenti	0.1701
        lex:veio	0.17
        lex:vormittag	0.1699
        lex:you do	0.1699
        lex:training	0.1698
        lex:avete	0.1697
        lex:bimbo	0.1696
        lex:dierenarts	0.1696
        lex:esta	0.1696
        lex:je passe	0.1696
        lex:sito	0.1696
        lex:wil	0.1696
        lex:contract loopt	0.1695
        lex:volgend	0.1694
        lex:flight	0.1693
        lex:lisboa	0.1691
        lex:jullie zaterdag	0.1689
        lex:noch ein	0.1689
        lex:degrade	0.1687
        lex:without	0.1686
        lex:laminazione	0.1685
        lex:para la	0.1685
        lex:gonna	0.1684
        lex:over het	0.1681
        lex:persone	0.1679
        lex:guys	0.1678
        lex:eu fico	0.1675
        lex:novembre	0.1674
        lex:or only	0.1674
        lex:avevo	0.1673
        lex:in graz	0.1673
        lex:nog even	0.1669
        lex:s ihr	0.1669
        lex:auch nach	0.1668
        lex:viene	0.1668
        lex:quote for	0.1666
        lex:bi	0.1665
        lex:in sede	0.1665
        lex:non cambio	0.1665
        lex:comercial	0.1664
        lex:my knee	0.1663
        lex:rosario	0.1663
        lex:cho	0.1662
        lex:con	0.1662
        lex:plannen	0.1661
        lex:un bimbo	0.1661
        lex:ya les	0.166
        lex:onze hond	0.1659
        lex:thuis	0.1659
        lex:we sign	0.1659
        lex:check	0.1658
        lex:voces fazem	0.1658
        lex:haaren	0.1657
        lex:stuur	0.1657
        lex:aqui no	0.1656
        lex:c e	0.1653
        lex:fosse	0.1653
        lex:nach	0.1653
        lex:pra	0.1651
        lex:een nieuw	0.165
        lex:clientes	0.1648
        lex:bitte nochmal	0.1647
        lex:entro	0.1647
        lex:last night	0.1645
        lex:hier in	0.1644
        lex:matted	0.1642
        lex:combien l	0.1641
        lex:verhuizing	0.1641
        lex:passada e	0.164
        lex:bed flat	0.1637
        lex:gleiche	0.1637
        lex:teneis	0.1637
        lex:reservation	0.1636
        lex:kwp	0.1635
        lex:mit speicher	0.1635
        lex:speicher	0.1635
        lex:rather	0.1634
        lex:fare	0.1632
        lex:het uur	0.163
        lex:trip	0.1629
        lex:bel	0.1628
        lex:engagement	0.1628
        lex:it is	0.1628
        lex:la puerta	0.1628
        lex:puerta	0.1628
        lex:escribi	0.1627
        lex:envoyez	0.1626
        lex:livrez sur	0.1626
        lex:lo scaldabagno	0.1626
        lex:scaldabagno	0.1626
        lex:lenti progressive	0.1625
        lex:progressive	0.1625
        lex:q me	0.1625
        lex:solution	0.1623
        lex:ar	0.1622
        lex:blue	0.1622
        lex:could you	0.1622
        lex:the blue	0.1622
        lex:nobody picks	0.1621
        lex:picks up	0.1621
        lex:corte y	0.1618
        lex:kundigung	0.1618
        lex:l abonnement	0.1618
        lex:se o	0.1617
        lex:d internet	0.1616
        lex:pas d	0.1616
        lex:promesso	0.1616
        lex:ongeveer	0.1615
        lex:seriamos	0.1614
        lex:you take	0.1614
        lex:kann bitte	0.1613
        lex:pers	0.1613
        lex:there	0.1612
        lex:y nada	0.1612
        lex:domingos	0.1609
        lex:los domingos	0.1609
        lex:s est	0.1609
        lex:have gone	0.1608
        lex:richtpreis	0.1608
        lex:richtpreis fur	0.1608
        lex:a pranzo	0.1607
        lex:moved	0.1607
        lex:eindelijk een	0.1605
        lex:na mesma	0.1603
        lex:admin	0.1602
        lex:prijs voor	0.1602
        lex:iphone	0.1601
        lex:bolo	0.16
        lex:escribi al	0.1599
        lex:nieuw	0.1599
        lex:proximo	0.1599
        lex:russo	0.1598
        lex:dm gestuurd	0.1597
        lex:anniversaire	0.1596
        lex:a	0.1594
        lex:preisliste	0.1592
        lex:rifare	0.1588
        lex:hace	0.1587
        lex:caldaia	0.1585
        lex:in rente	0.1585
        lex:la panda	0.1585
        lex:rente	0.1585
        lex:eu mudo	0.1583
        lex:reserveer	0.1583
        lex:meine	0.1582
        lex:zahlen	0.1582
        lex:e ninguem	0.1581
        lex:hiermit	0.1581
        lex:my sister	0.1581
        lex:sister	0.1581
        lex:a fine	0.158
        lex:da settembre	0.158
        lex:current dentist	0.1579
        lex:gebeld	0.1579
        lex:refund	0.1579
        lex:mir melden	0.1578
        lex:elettronica	0.1576
        lex:i cannoli	0.1575
        lex:practices	0.1575
        lex:ci si	0.1574
        lex:come ci	0.1574
        lex:paypal	0.1573
        lex:vence	0.1572
        lex:mandate	0.1569
        lex:resilie	0.1569
        lex:no reply	0.1566
        lex:kann sich	0.1562
        lex:come back	0.156
        lex:als	0.1559
        lex:nochmal jemand	0.1559
        lex:piorou	0.1559
        lex:piorou muito	0.1559
        lex:des nouvelles	0.1558
        lex:nouvelles	0.1558
        lex:whenever	0.1558
        lex:en we	0.1556
        lex:bart	0.1555
        lex:kummert	0.1554
        lex:devo	0.1551
        lex:mega	0.1551
        lex:visit	0.1551
        lex:ve moved	0.1549
        lex:m2	0.1548
        lex:este mes	0.1547
        lex:senno	0.1547
        lex:a treviso	0.1546
        lex:luglio	0.1546
        lex:maken	0.1546
        lex:treviso	0.1546
        lex:downhill	0.1545
        lex:gone downhill	0.1545
        lex:has gone	0.1545
        lex:on your	0.1545
        lex:el b2	0.1543
        lex:nach graz	0.1543
        lex:revision	0.1542
        lex:ruido	0.1542
        lex:ja nao	0.1541
        lex:deixa	0.1539
        lex:in den	0.1539
        lex:anni	0.1538
        lex:im mai	0.1538
        lex:weken	0.1538
        lex:cuanto sale	0.1537
        lex:nachste	0.1537
        lex:bolo do	0.1535
        lex:met	0.1535
        lex:trato	0.1535
        lex:fine anno	0.1532
        lex:livre	0.1532
        lex:corso intensivo	0.1531
        lex:di luglio	0.1531
        lex:intensivo di	0.1531
        lex:lieve	0.1531
        lex:deal	0.153
        lex:dispo a	0.153
        lex:etes dispo	0.153
        lex:levantar	0.153
        lex:kann ich	0.1529
        lex:free this	0.1528
        lex:working	0.1528
        lex:wir das	0.1527
        lex:meier	0.1526
        lex:no meier	0.1526
        lex:a message	0.1525
        lex:combien la	0.1525
        lex:compare	0.1524
        lex:fisio	0.1523
        lex:gibt s	0.1521
        lex:passare da	0.1521
        lex:aula	0.152
        lex:addio	0.1518
        lex:addio al	0.1518
        lex:por	0.1518
        lex:nobody	0.1517
        lex:in maat	0.1516
        lex:un ruido	0.1514
        lex:e sempre	0.1513
        lex:is a	0.151
        lex:whatsapp	0.151
        lex:wil niet	0.151
        lex:esperando que	0.1508
        lex:las	0.1508
        lex:pour la	0.1507
        lex:peccato che	0.1506
        lex:a partial	0.1505
        lex:al pistacchio	0.1505
        lex:golpe	0.1505
        lex:partial	0.1505
        lex:partial refund	0.1505
        lex:pls call	0.1505
        lex:fibra	0.1504
        lex:griass	0.1503
        lex:lawn	0.15
        lex:subir	0.15
        lex:mechas	0.1499
        lex:piega	0.1498
        lex:saindo da	0.1498
        lex:train	0.1496
        lex:eich	0.1495
        lex:griass eich	0.1495
        lex:parte de	0.1494
        lex:arrivata	0.1493
        lex:e arrivata	0.1493
        lex:your website	0.1493
        lex:bluefit	0.1491
        lex:na bluefit	0.1491
        lex:o ar	0.1491
        lex:mandei direct	0.1488
        lex:el mismo	0.1487
        lex:mismo ruido	0.1487
        lex:continuo a	0.1486
        lex:en avril	0.1485
        lex:quisiera	0.1484
        lex:rough	0.1484
        lex:stollen	0.1483
        lex:toujours rien	0.1482
        lex:fait	0.1481
        lex:avete posto	0.148
        lex:message about	0.1479
        lex:carpets	0.1478
        lex:not here	0.1478
        lex:graffiato	0.1476
        lex:votre retour	0.1476
        lex:esta livre	0.1475
        lex:livre na	0.1475
        lex:the kitchen	0.1475
        lex:patienten	0.1474
        lex:mes que	0.1472
        lex:deze	0.147
        lex:pareja	0.1469
        lex:est pour	0.1468
        lex:andiamo	0.1466
        lex:me para	0.1466
        lex:de um	0.1463
        lex:la revision	0.1462
        lex:sube	0.1462
        lex:fuhrerschein	0.1461
        lex:left for	0.146
        lex:boxes	0.1459
        lex:cane	0.1459
        lex:como faco	0.1459
        lex:venite	0.1459
        lex:venite pure	0.1459
        lex:caparra	0.1457
        lex:hab dir	0.1457
        lex:la caparra	0.1457
        lex:queria	0.1456
        lex:reviens en	0.1456
        lex:i sign	0.1454
        lex:streichen	0.1454
        lex:moto	0.1453
        lex:usual	0.1453
        lex:furs wochenende	0.1451
        lex:a rosario	0.145
        lex:comunion	0.145
        lex:mit der	0.145
        lex:samedi	0.145
        lex:erro	0.1449
        lex:juste une	0.1449
        lex:payment	0.1449
        lex:per lo	0.1447
        lex:instalacao	0.1446
        lex:mensagem	0.1446
        lex:cachorra	0.1445
        lex:cachorra voltou	0.1445
        lex:de feestdagen	0.1445
        lex:feestdagen	0.1445
        lex:minha cachorra	0.1445
        lex:gostaria	0.1443
        lex:gostaria de	0.1442
        lex:u do	0.1442
        lex:coche	0.1441
        lex:em braga	0.1441
        lex:saubere	0.1441
        lex:oktober	0.144
        lex:come funziona	0.1439
        lex:no meu	0.1439
        lex:la cambian	0.1438
        lex:grano	0.1437
        lex:kilo	0.1437
        lex:porto	0.1437
        lex:il sito	0.1436
        lex:still not	0.1436
        lex:here after	0.1435
        lex:interested	0.1434
        lex:rammed	0.1434
        lex:viso	0.1434
        lex:fazem a	0.1433
        lex:co	0.1432
        lex:fria	0.1432
        lex:messaged	0.1432
        lex:regalo	0.1431
        lex:want to	0.1431
        lex:el coche	0.143
        lex:de apk	0.1428
        lex:al curso	0.1427
        lex:a month	0.1426
        lex:mandan	0.1425
        lex:mailtje gestuurd	0.1421
        lex:or my	0.1421
        lex:gaat met	0.142
        lex:met pensioen	0.142
        lex:pensioen	0.142
        lex:souci	0.142
        lex:en de	0.1418
        lex:pelo site	0.1418
        lex:appartement	0.1417
        lex:boa noite	0.1417
        lex:website	0.1417
        lex:bolletta	0.1413
        lex:dos va	0.1413
        lex:e ja	0.1412
        lex:bottiglie	0.1411
        lex:decken	0.1411
        lex:ihnen	0.1411
        lex:put my	0.141
        lex:gracias a	0.1409
        lex:i ve	0.1409
        lex:nis2	0.1408
        lex:year and	0.1408
        lex:envios	0.1407
        lex:wacht nog	0.1407
        lex:come si	0.1406
        lex:ai ecrit	0.1405
        lex:ecrit	0.1405
        lex:ecrit en	0.1405
        lex:nog plek	0.1403
        lex:heb jullie	0.1402
        lex:bora	0.1401
        lex:cuanto vale	0.1401
        lex:monat	0.1401
        lex:buscar	0.14
        lex:mi mandate	0.14
        lex:minas	0.14
        lex:pfv	0.14
        lex:september	0.14
        lex:gehoord	0.1399
        lex:mon	0.1399
        lex:niks gehoord	0.1399
        lex:rates	0.1398
        lex:el precio	0.1397
        lex:take a	0.1397
        lex:comigo	0.1396
        lex:la muneca	0.1395
        lex:machen wir	0.1395
        lex:muneca	0.1395
        lex:when	0.1393
        lex:yours handle	0.1393
        lex:geef	0.1391
        lex:kann man	0.1391
        lex:cannoli	0.139
        lex:evening	0.139
        lex:kerstavond	0.139
        lex:olive	0.139
        lex:voor kerstavond	0.139
        lex:b2	0.1389
        lex:can i	0.1389
        lex:custo	0.1389
        lex:sem custo	0.1389
        lex:week of	0.1389
        lex:reservar la	0.1388
        lex:if	0.1386
        lex:ben ik	0.1384
        lex:name	0.1382
        lex:nehmt	0.1382
        lex:cheapest plan	0.1381
        lex:les escribi	0.1381
        lex:plan that	0.1381
        lex:ungefahr kosten	0.1381
        lex:ausg	0.138
        lex:ausg steckt	0.138
        lex:cis	0.138
        lex:cis deductions	0.138
        lex:deductions	0.138
        lex:handle cis	0.138
        lex:steckt	0.138
        lex:nehm den	0.1377
        lex:gets	0.1376
        lex:give	0.1376
        lex:orange	0.1374
        lex:b komplett	0.1373
        lex:basic	0.1372
        lex:basic fit	0.1372
        lex:sintra	0.1371
        lex:voltar	0.1371
        lex:wat is	0.1371
        lex:la mensualidad	0.1369
        lex:mensualidad	0.1369
        lex:mensualidad pa	0.1369
        lex:bio	0.1368
        lex:slots	0.1368
        lex:it next	0.1367
        lex:shoulder	0.1365
        lex:un message	0.1365
        lex:you a	0.1365
        lex:enero	0.1362
        lex:sapere	0.1362
        lex:depuis des	0.1361
        lex:un peut	0.1361
        lex:sposa	0.1359
        lex:ya se	0.1358
        lex:esto para	0.1357
        lex:pasteis	0.1356
        lex:pasteis de	0.1356
        lex:ce mois	0.1355
        lex:de manha	0.1355
        lex:fin de	0.1355
        lex:para reservar	0.1355
        lex:sind in	0.1355
        lex:chiedo solo	0.1352
        lex:solo che	0.1352
        lex:tim	0.1352
        lex:cancelled flight	0.1351
        lex:con tim	0.1351
        lex:euch ne	0.1351
        lex:hj	0.1351
        lex:my cancelled	0.1351
        lex:or did	0.1351
        lex:chi	0.135
        lex:wir uns	0.135
        lex:en enero	0.1349
        lex:la fin	0.1349
        lex:passar	0.1349
        lex:me voy	0.1348
        lex:al corso	0.1347
        lex:em janeiro	0.1347
        lex:bag	0.1346
        lex:cobrem	0.1346
        lex:is there	0.1346
        lex:vcs cobrem	0.1346
        lex:removal	0.1345
        lex:e il	0.1343
        lex:enviei	0.1343
        lex:lentes	0.1342
        lex:pro sabado	0.1341
        lex:an	0.134
        lex:op tweede	0.134
        lex:tweede kerstdag	0.134
        lex:di mia	0.1339
        lex:marcado	0.1336
        lex:costo	0.1335
        lex:franchement le	0.1335
        lex:ring me	0.1334
        lex:the first	0.1333
        lex:this is	0.1333
        lex:la veste	0.1332
        lex:veste	0.1332
        lex:veste en	0.1332
        lex:circa	0.1331
        lex:come in	0.1331
        lex:dog	0.1331
        lex:el link	0.1331
        lex:medellin	0.1331
        lex:happily	0.133
        lex:instead	0.133
        lex:voor wiskunde	0.133
        lex:vous si	0.133
        lex:nicht mehr	0.1329
        lex:dentist	0.1327
        lex:piccolo	0.1324
        lex:te mande	0.1324
        lex:as well	0.1322
        lex:della nonna	0.1322
        lex:jacket	0.1321
        lex:ou un	0.132
        lex:schrank	0.132
        lex:mesma	0.1317
        lex:to come	0.1316
        lex:pts	0.1314
        lex:trimestral	0.1314
        lex:fixed	0.1313
        lex:impossibile	0.1312
        lex:kit de	0.1312
        lex:naar kijken	0.1312
        lex:woch	0.1312
        lex:aspetto	0.1311
        lex:ik schakelen	0.1311
        lex:nao quero	0.1311
        lex:schakelen	0.1311
        lex:scritto	0.1311
        lex:een kans	0.131
        lex:eten was	0.131
        lex:kans	0.131
        lex:llamen	0.131
        lex:me llamen	0.131
        lex:sie wieder	0.131
        lex:de zijkant	0.1309
        lex:zijkant	0.1309
        lex:das	0.1308
        lex:chiquito	0.1307
        lex:moving my	0.1307
        lex:nehmt ihr	0.1306
        lex:usamos o	0.1306
        lex:cuota	0.1305
        lex:nog steeds	0.1305
        lex:right	0.1305
        lex:vaga	0.1305
        lex:in august	0.1304
        lex:monza	0.1303
        lex:pneus	0.1302
        lex:en mars	0.1301
        lex:glasgow	0.1299
        lex:la cuota	0.1299
        lex:belgique	0.1297
        lex:bram	0.1297
        lex:en belgique	0.1297
        lex:m en	0.1297
        lex:quella	0.1297
        lex:ta o	0.1295
        lex:the week	0.1295
        lex:you guys	0.1295
        lex:re good	0.1293
        lex:depois das	0.1292
        lex:personas	0.1289
        lex:da voi	0.1286
        lex:urgencias	0.1286
        lex:urgencias en	0.1286
        lex:a grinding	0.1285
        lex:gel	0.1285
        lex:grinding	0.1285
        lex:grinding noise	0.1285
        lex:zahlt	0.1285
        lex:de cote	0.1283
        lex:either	0.1283
        lex:in voor	0.1283
        lex:wacht	0.1283
        lex:buying the	0.1282
        lex:se mi	0.1281
        lex:quero encomendar	0.1279
        lex:strahnchen	0.1279
        lex:renovar	0.1278
        lex:like	0.1277
        lex:top arbeit	0.1277
        lex:giorni	0.1276
        lex:van jullie	0.1276
        lex:desks	0.1275
        lex:la comunion	0.1275
        lex:seance	0.1274
        lex:von der	0.1274
        lex:or	0.1272
        lex:a vous	0.1271
        lex:like to	0.1271
        lex:vir ver	0.1271
        lex:api	0.1268
        lex:figure	0.1267
        lex:neue patienten	0.1266
        lex:ich die	0.1265
        lex:pac	0.1265
        lex:pac code	0.1265
        lex:passez	0.1263
        lex:per sabato	0.1263
        lex:scade	0.1263
        lex:te chamei	0.1263
        lex:vous passez	0.1263
        lex:af in	0.1262
        lex:loopt af	0.1262
        lex:pour dimanche	0.1261
        lex:duas	0.126
        lex:avant les	0.1259
        lex:tweede	0.1258
        lex:garage	0.1257
        lex:demorou um	0.1256
        lex:mailtje	0.1255
        lex:my email	0.1255
        lex:a year	0.1254
        lex:scade a	0.1254
        lex:comunion de	0.1252
        lex:peque	0.1252
        lex:con voi	0.125
        lex:juntas	0.1249
        lex:kras	0.1249
        lex:napoli	0.1249
        lex:voudrais commander	0.1248
        lex:cuento	0.1247
        lex:meteen	0.1245
        lex:faut	0.1243
        lex:haarschnitt	0.1243
        lex:ca donne	0.1242
        lex:con lo	0.1241
        lex:explose	0.1241
        lex:tropft	0.1241
        lex:with a	0.124
        lex:kisten	0.1239
        lex:mer	0.1239
        lex:met wie	0.1238
        lex:do mes	0.1236
        lex:o fim	0.1236
        lex:donne	0.1235
        lex:go	0.1234
        lex:cracked	0.1233
        lex:dinheiro	0.1233
        lex:both	0.1231
        lex:si e	0.1231
        lex:prend	0.123
        lex:dej	0.1229
        lex:i buy	0.1229
        lex:kost een	0.1229
        lex:parcel	0.1229
        lex:petit dej	0.1229
        lex:cheapest	0.1228
        lex:doing this	0.1227
        lex:netz ok	0.1227
        lex:or is	0.1227
        lex:re doing	0.1227
        lex:telekom	0.1227
        lex:formule	0.1224
        lex:max	0.1224
        lex:was fur	0.1224
        lex:clean	0.1223
        lex:fils	0.1223
        lex:nirgends	0.1223
        lex:ruckruf	0.1223
        lex:me to	0.1222
        lex:pronti	0.1221
        lex:spedite anche	0.1221
        lex:mayo	0.122
        lex:what are	0.1219
        lex:corso	0.1218
        lex:noch da	0.1218
        lex:still in	0.1218
        lex:dalla	0.1217
        lex:vom	0.1217
        lex:la noche	0.1216
        lex:llame	0.1216
        lex:passe le	0.1216
        lex:la manana	0.1212
        lex:practice	0.1212
        lex:a friend	0.1211
        lex:desks free	0.1211
        lex:friend	0.1211
        lex:tagliando	0.1211
        lex:prende	0.121
        lex:esse vestido	0.1208
        lex:mit datev	0.1208
        lex:sind mit	0.1208
        lex:current account	0.1207
        lex:funziona	0.1207
        lex:ihr uber	0.1207
        lex:silvester noch	0.1207
        lex:pagare	0.1206
        lex:schau	0.1206
        lex:since	0.1206
        lex:contrat	0.1205
        lex:e rotto	0.1205
        lex:geld terug	0.1205
        lex:mae	0.1205
        lex:mi si	0.1205
        lex:puede llamar	0.1205
        lex:rotto lo	0.1205
        lex:la recensione	0.1202
        lex:recensione	0.1202
        lex:af	0.1201
        lex:datev	0.1201
        lex:noch neue	0.1201
        lex:kozijnen	0.1198
        lex:something	0.1198
        lex:l annee	0.1195
        lex:personio	0.1195
        lex:schiacciata	0.1195
        lex:voi da	0.1193
        lex:un technicien	0.1191
        lex:almeno	0.119
        lex:photos	0.119
        lex:suocera	0.119
        lex:niente	0.1189
        lex:vaso	0.1189
        lex:aub	0.1188
        lex:block	0.1188
        lex:quedo todo	0.1188
        lex:vodafone	0.1188
        lex:gente	0.1187
        lex:netz	0.1187
        lex:winterthur	0.1187
        lex:a cockapoo	0.1186
        lex:cadeaubonnen	0.1185
        lex:et qu	0.1184
        lex:gern	0.1184
        lex:is binnen	0.1184
        lex:si on	0.1184
        lex:still waiting	0.1184
        lex:tuo	0.1184
        lex:asked for	0.1182
        lex:bem	0.1182
        lex:la sostituzione	0.1182
        lex:sostituzione	0.1182
        lex:unter	0.1182
        lex:gruezi	0.1181
        lex:ich hatte	0.1181
        lex:servono	0.1179
        lex:papillon	0.1177
        lex:someone call	0.1177
        lex:avril	0.1176
        lex:pido	0.1176
        lex:was helemaal	0.1175
        lex:kamer appartement	0.1174
        lex:on quitte	0.1174
        lex:quitte	0.1174
        lex:and is	0.1171
        lex:cliente da	0.1171
        lex:like the	0.1171
        lex:a luz	0.117
        lex:leg	0.117
        lex:papa	0.1168
        lex:condominio	0.1167
        lex:wurd gern	0.1167
        lex:zitten	0.1165
        lex:sale el	0.1164
        lex:venerdi	0.1164
        lex:what would	0.1164
        lex:aprem	0.1163
        lex:qualcuno puo	0.1161
        lex:no a	0.116
        lex:tandarts	0.116
        lex:on vous	0.1159
        lex:hace rato	0.1158
        lex:jahr	0.1158
        lex:needs	0.1158
        lex:rato	0.1158
        lex:incl	0.1157
        lex:mir wand	0.1157
        lex:reserviere	0.1157
        lex:wand	0.1157
        lex:wand fur	0.1157
        lex:bonus	0.1155
        lex:la tarde	0.1155
        lex:facture	0.1154
        lex:teuer	0.1153
        lex:again for	0.1152
        lex:gibt	0.115
        lex:and	0.1149
        lex:marche	0.1149
        lex:nothing	0.1149
        lex:valor da	0.1149
        lex:getafe	0.1148
        lex:tem vaga	0.1148
        lex:mattina	0.1147
        lex:bravissima	0.1146
        lex:e a	0.1146
        lex:mamma	0.1146
        lex:familienshooting	0.1145
        lex:y no	0.1145
        lex:okay	0.1144
        lex:steuererklarung	0.1143
        lex:wegen dem	0.1143
        lex:arrived with	0.1142
        lex:son	0.1142
        lex:sabato mattina	0.1141
        lex:che ci	0.1139
        lex:rate	0.1139
        lex:exact	0.1138
        lex:on hold	0.1138
        lex:sabato	0.1138
        lex:wo kann	0.1138
        lex:calentador	0.1136
        lex:huber	0.1136
        lex:wasn	0.1136
        lex:wasn t	0.1136
        lex:anni ma	0.1135
        lex:ceremony	0.1135
        lex:just sent	0.1134
        lex:hago para	0.1132
        lex:a gennaio	0.1131
        lex:vini	0.1131
        lex:glucklich	0.113
        lex:revisao dos	0.1129
        lex:salio	0.1129
        lex:y salio	0.1129
        lex:buch	0.1127
        lex:dessert	0.1127
        lex:feriado	0.1127
        lex:me back	0.1127
        lex:gewechselt	0.1126
        lex:aside	0.1124
        lex:ate o	0.1123
        lex:chiesto	0.1123
        lex:a at	0.1119
        lex:ci servono	0.1119
        lex:integracao	0.1119
        lex:integracao com	0.1119
        lex:j en	0.1119
        lex:jullie voor	0.1119
        lex:year	0.1119
        lex:de vcs	0.1118
        lex:on my	0.1117
        lex:filho	0.1115
        lex:meu filho	0.1115
        lex:sabado	0.1115
        lex:a week	0.1114
        lex:neu	0.1113
        lex:for me	0.1112
        lex:continuo	0.1111
        lex:dr patel	0.111
        lex:jouw verjaardag	0.111
        lex:sounds good	0.1109
        lex:comida de	0.1108
        lex:fotovoltaico	0.1106
        lex:missed the	0.1106
        lex:verordnung	0.1106
        lex:for my	0.1105
        lex:quebrado	0.1105
        lex:ihr morgen	0.1104
        lex:end of	0.11
        lex:mismo	0.11
        lex:fleet	0.1099
        lex:replacement	0.1099
        lex:would love	0.1099
        lex:anche in	0.1097
        lex:ibiza	0.1097
        lex:uguali	0.1097
        lex:delivered	0.1096
        lex:graag contact	0.1096
        lex:in un	0.1096
        lex:you doing	0.1096
        lex:mao	0.1094
        lex:pedido	0.1094
        lex:principiantes	0.1094
        lex:the full	0.1092
        lex:sorted my	0.1091
        lex:della	0.109
        lex:fohnen	0.109
        lex:with	0.109
        lex:een monteur	0.1089
        lex:full	0.1088
        lex:letztes	0.1088
        lex:letztes jahr	0.1088
        lex:pourrait	0.1087
        lex:la verdad	0.1086
        lex:private	0.1085
        lex:vou fazer	0.1085
        lex:sort it	0.1083
        lex:uno studio	0.1083
        lex:e piega	0.1081
        lex:fin juin	0.1081
        lex:pret	0.1081
        lex:sturen	0.1081
        lex:aan het	0.1079
        lex:een proefles	0.1079
        lex:nachste woche	0.1079
        lex:vrijdag	0.1079
        lex:y se	0.1079
        lex:of zijn	0.1078
        lex:zaterdag nog	0.1078
        lex:il tuo	0.1077
        lex:roof	0.1077
        lex:boite	0.1076
        lex:linda	0.1073
        lex:prenotiamo	0.1072
        lex:zondag een	0.1072
        lex:liguem	0.1071
        lex:hasn	0.107
        lex:hasn t	0.107
        lex:nach osterreich	0.107
        lex:osterreich	0.107
        lex:does your	0.1069
        lex:soy de	0.1069
        lex:gibts	0.1068
        lex:offer	0.1068
        lex:send my	0.1068
        lex:prive	0.1067
        lex:siamo uno	0.1067
        lex:studio di	0.1067
        lex:etes ouverts	0.1065
        lex:envios a	0.1064
        lex:en prive	0.1063
        lex:formulaire	0.1062
        lex:le formulaire	0.1062
        lex:loved the	0.1062
        lex:price up	0.1062
        lex:ustedes	0.1062
        lex:you price	0.1062
        lex:galettes	0.1061
        lex:ce soir	0.106
        lex:di ritardo	0.1059
        lex:bestel ik	0.1058
        lex:casa de	0.1058
        lex:die hochzeit	0.1058
        lex:turns	0.1058
        lex:bed semi	0.1057
        lex:tell	0.1056
        lex:y queremos	0.1056
        lex:la robe	0.1055
        lex:nata a	0.1055
        lex:que nos	0.1055
        lex:robe	0.1055
        lex:marzo	0.1054
        lex:dann bestell	0.1053
        lex:quiero	0.1053
        lex:up	0.1051
        lex:la paella	0.105
        lex:paella	0.105
        lex:nu bij	0.1049
        lex:en mayo	0.1047
        lex:fattura	0.1047
        lex:sto con	0.1046
        lex:mascotas	0.1045
        lex:quitte notre	0.1045
        lex:sin mascotas	0.1045
        lex:somos pareja	0.1045
        lex:dauert ewig	0.1043
        lex:que a	0.1043
        lex:su tutta	0.1043
        lex:abonnement	0.1042
        lex:gas	0.1042
        lex:december	0.104
        lex:morgen	0.104
        lex:wohnzimmer	0.104
        lex:meinen	0.1038
        lex:mo	0.1035
        lex:lo del	0.1033
        lex:alguem do	0.1032
        lex:job	0.1032
        lex:nhs	0.103
        lex:sehr	0.103
        lex:figlia	0.1029
        lex:gent	0.1029
        lex:meu dinheiro	0.1029
        lex:mia figlia	0.1029
        lex:mon fils	0.1029
        lex:ficaram	0.1028
        lex:fiz a	0.1028
        lex:ele	0.1027
        lex:hond	0.1027
        lex:ingles para	0.1027
        lex:me liguem	0.1026
        lex:pa los	0.1026
        lex:si quelqu	0.1026
        lex:you cover	0.1026
        lex:knee	0.1025
        lex:from the	0.1024
        lex:next month	0.1024
        lex:the front	0.1024
        lex:ya lo	0.1021
        lex:euch ein	0.102
        lex:you about	0.1018
        lex:lave	0.1017
        lex:gern einen	0.1015
        lex:pasar por	0.1014
        lex:trial	0.1012
        lex:commercial	0.1011
        lex:de volta	0.1011
        lex:est a	0.1011
        lex:arrive avec	0.101
        lex:procuramos	0.101
        lex:another go	0.1007
        lex:jouw	0.1007
        lex:mornings	0.1007
        lex:offres	0.1007
        lex:per agosto	0.1007
        lex:ouverts	0.1006
        lex:brauchen	0.1005
        lex:echanger	0.1005
        lex:maar in	0.1005
        lex:algo	0.1004
        lex:mariage	0.1004
        lex:ao ma	0.1003
        lex:gateau	0.1003
        lex:over to	0.1003
        lex:di nuovo	0.1002
        lex:online	0.1002
        lex:hoe kan	0.1001
        lex:para comprar	0.1
        lex:stanotte	0.1
        lex:un de	0.1
        lex:assistenza	0.0999
        lex:me paso	0.0999
        lex:a shopify	0.0998
        lex:payroll	0.0998
        lex:rebuild	0.0998
        lex:shopify rebuild	0.0998
        lex:vi ho	0.0998
        lex:give you	0.0997
        lex:it wasn	0.0997
        lex:you another	0.0997
        lex:assim	0.0995
        lex:balayage bei	0.0995
        lex:de	0.0995
        lex:ziehen	0.0995
        lex:e qualcuno	0.0994
        lex:betalen	0.0993
        lex:saturday for	0.0993
        lex:the kids	0.0993
        lex:boeken	0.0992
        lex:renewal	0.0992
        lex:tengo que	0.0992
        lex:buen trato	0.0991
        lex:patel	0.0991
        lex:sexta de	0.0991
        lex:sistema	0.099
        lex:sta	0.099
        lex:arrivato con	0.0989
        lex:lausanne	0.0989
        lex:c combien	0.0988
        lex:catering	0.0988
        lex:fortnightly	0.0988
        lex:guarda	0.0988
        lex:move over	0.0988
        lex:shopify	0.0988
        lex:aus und	0.0987
        lex:la otra	0.0987
        lex:roaming in	0.0987
        lex:the site	0.0986
        lex:would like	0.0986
        lex:geslaagd	0.0984
        lex:qual	0.0984
        lex:komen hier	0.0983
        lex:chienne	0.0982
        lex:ma chienne	0.0982
        lex:nos hicieron	0.0981
        lex:ons maar	0.0981
        lex:to saindo	0.0981
        lex:cube	0.098
        lex:das cube	0.098
        lex:krieg	0.0979
        lex:per fare	0.0979
        lex:in cucina	0.0978
        lex:tafel	0.0978
        lex:di tedesco	0.0976
        lex:serale	0.0976
        lex:tedesco	0.0976
        lex:vcs	0.0976
        lex:algo chiquito	0.0975
        lex:fate anche	0.0975
        lex:jours apres	0.0975
        lex:ces jours	0.0974
        lex:caso	0.0973
        lex:over de	0.0973
        lex:uns	0.0973
        lex:viert	0.0973
        lex:zu viert	0.0973
        lex:my birthday	0.0971
        lex:email to	0.097
        lex:jullie morgen	0.097
        lex:preventivo per	0.097
        lex:veio com	0.097
        lex:credit	0.0969
        lex:up in	0.0968
        lex:avaliar	0.0967
        lex:hola	0.0967
        lex:venuto	0.0966
        lex:a half	0.0965
        lex:de los	0.0965
        lex:en diciembre	0.0964
        lex:jours et	0.0964
        lex:roaming	0.0964
        lex:suporte	0.0963
        lex:lauw	0.0962
        lex:lauw en	0.0962
        lex:was lauw	0.0962
        lex:pensando	0.0961
        lex:sabado por	0.0961
        lex:after this	0.096
        lex:les deje	0.096
        lex:disponibile	0.0959
        lex:graag terugbellen	0.0959
        lex:lucia	0.0959
        lex:best email	0.0958
        lex:block of	0.0958
        lex:demorou	0.0958
        lex:kunnen jullie	0.0958
        lex:e per	0.0957
        lex:jaune	0.0957
        lex:nada	0.0957
        lex:replacement part	0.0957
        lex:semesterferien noch	0.0957
        lex:there any	0.0957
        lex:french	0.0954
        lex:parcial	0.0954
        lex:finde	0.0953
        lex:ai fait	0.0952
        lex:heb je	0.0952
        lex:hochzeitstag	0.0952
        lex:pis	0.0952
        lex:demain	0.0951
        lex:sofa	0.0951
        lex:ich hab	0.095
        lex:que ya	0.095
        lex:angebot fur	0.0949
        lex:porfa que	0.0949
        lex:se termine	0.0949
        lex:vaisselle	0.0949
        lex:a small	0.0948
        lex:samen	0.0948
        lex:hetzelfde	0.0947
        lex:in winterthur	0.0947
        lex:a day	0.0946
        lex:maar ik	0.0946
        lex:termine fin	0.0946
        lex:atual	0.0945
        lex:in january	0.0945
        lex:next september	0.0945
        lex:online or	0.0945
        lex:order online	0.0945
        lex:como funciona	0.0944
        lex:mi hijo	0.0944
        lex:en fin	0.0943
        lex:tenete	0.0943
        lex:een uur	0.0942
        lex:missed	0.0941
        lex:wochenende	0.0941
        lex:jij	0.094
        lex:queda	0.094
        lex:lovely job	0.0939
        lex:pal	0.0938
        lex:with mark	0.0938
        lex:return	0.0937
        lex:ado	0.0936
        lex:area with	0.0934
        lex:just moved	0.0934
        lex:new patients	0.0934
        lex:monteur	0.0932
        lex:offerte voor	0.0931
        lex:prices	0.0931
        lex:said	0.0931
        lex:you got	0.0931
        lex:ai un	0.093
        lex:garden	0.093
        lex:uns eine	0.0929
        lex:vez que	0.0929
        lex:deje	0.0928
        lex:possible	0.0928
        lex:precioso	0.0928
        lex:a avaliar	0.0927
        lex:apart	0.0927
        lex:hicieron	0.0927
        lex:we zitten	0.0927
        lex:ha anos	0.0926
        lex:in mechelen	0.0925
        lex:mechelen	0.0925
        lex:and two	0.0924
        lex:a cracked	0.0923
        lex:aumentato	0.0923
        lex:ha aumentato	0.0923
        lex:the booking	0.0923
        lex:contact	0.0922
        lex:this quarter	0.0921
        lex:nothing like	0.092
        lex:zijn het	0.092
        lex:atendimento	0.0919
        lex:el contrato	0.0919
        lex:un preventivo	0.0919
        lex:eine neue	0.0917
        lex:have anything	0.0917
        lex:voor mij	0.0917
        lex:een offerte	0.0916
        lex:reactie	0.0916
        lex:at you	0.0914
        lex:cosa	0.0914
        lex:n	0.0914
        lex:pasarme	0.0913
        lex:pasarme con	0.0913
        lex:je een	0.0911
        lex:poi	0.0911
        lex:to the	0.0911
        lex:at it	0.091
        lex:el corte	0.091
        lex:ligne	0.091
        lex:spargel	0.091
        lex:wenigstens	0.0909
        lex:au	0.0907
        lex:avez une	0.0907
        lex:amersfoort	0.0906
        lex:eten	0.0906
        lex:ik bestellen	0.0906
        lex:dos veces	0.0905
        lex:wenn ihr	0.0905
        lex:for a	0.0904
        lex:looking	0.0903
        lex:pienso	0.0903
        lex:they ve	0.0903
        lex:precisam	0.0902
        lex:precisam de	0.0902
        lex:voor onze	0.0901
        lex:a napoli	0.09
        lex:from	0.09
        lex:nur	0.09
        lex:servirebbe	0.09
        lex:la plata	0.0899
        lex:order a	0.0899
        lex:plata	0.0899
        lex:servirebbe un	0.0899
        lex:essa semana	0.0898
        lex:inscrit	0.0898
        lex:noch bei	0.0898
        lex:s inscrit	0.0898
        lex:space for	0.0898
        lex:answer the	0.0897
        lex:fechar	0.0897
        lex:process	0.0897
        lex:une offre	0.0897
        lex:you for	0.0897
        lex:dico	0.0896
        lex:favore	0.0895
        lex:geste commercial	0.0895
        lex:per favore	0.0895
        lex:stappen	0.0894
        lex:charge for	0.0893
        lex:op vrijdag	0.0892
        lex:the new	0.0892
        lex:ist raus	0.0891
        lex:taart	0.0891
        lex:traer a	0.0891
        lex:link to	0.089
        lex:onesti	0.089
        lex:bosch	0.0888
        lex:my number	0.0888
        lex:prix du	0.0886
        lex:and nobody	0.0885
        lex:venue	0.0885
        lex:hijo	0.0884
        lex:interior	0.0882
        lex:the interior	0.0882
        lex:casal	0.0881
        lex:doe	0.0881
        lex:tambem	0.088
        lex:nhs patients	0.0879
        lex:alguien q	0.0878
        lex:kapot	0.0878
        lex:my shoulder	0.0878
        lex:shoulder in	0.0878
        lex:a unimed	0.0877
        lex:colis	0.0877
        lex:just need	0.0877
        lex:unimed	0.0877
        lex:as tercas	0.0876
        lex:gaste	0.0876
        lex:tercas	0.0876
        lex:this class	0.0876
        lex:harta	0.0875
        lex:de mes	0.0874
        lex:pomeriggio	0.0874
        lex:pistachio	0.0873
        lex:the pistachio	0.0873
        lex:to give	0.0873
        lex:happy to	0.0872
        lex:la portabilita	0.0872
        lex:portabilita	0.0872
        lex:attendo	0.0871
        lex:deel	0.0871
        lex:zitten nu	0.0871
        lex:bed	0.087
        lex:le remboursement	0.087
        lex:ewig	0.0869
        lex:for gel	0.0869
        lex:chaqueta	0.0867
        lex:ideally	0.0867
        lex:jueves	0.0867
        lex:la chaqueta	0.0867
        lex:niemand	0.0867
        lex:ultimo	0.0867
        lex:ci servirebbe	0.0866
        lex:exact maar	0.0866
        lex:find it	0.0866
        lex:concorrente	0.0865
        lex:laten	0.0865
        lex:next time	0.0865
        lex:el calentador	0.0864
        lex:quiero en	0.0864
        lex:contrato con	0.0863
        lex:inglese	0.0863
        lex:etes	0.0862
        lex:impianto	0.0862
        lex:no fim	0.0862
        lex:quarter	0.0862
        lex:it	0.0861
        lex:buchen	0.086
        lex:cancellato	0.0859
        lex:le contrat	0.0859
        lex:volo cancellato	0.0859
        lex:vous etes	0.0859
        lex:gaan we	0.0858
        lex:hausrat	0.0857
        lex:zonder	0.0855
        lex:fica mais	0.0854
        lex:tre settimane	0.0854
        lex:a revisao	0.0853
        lex:need someone	0.0853
        lex:senao	0.0852
        lex:she passed	0.0852
        lex:veggie	0.0852
        lex:bietet	0.0851
        lex:bietet mir	0.0851
        lex:com um	0.0851
        lex:das geld	0.0851
        lex:i get	0.0851
        lex:mercredi	0.0851
        lex:qualcuno	0.0851
        lex:weniger	0.0851
        lex:en ligne	0.085
        lex:grazing	0.085
        lex:ready	0.085
        lex:no feriado	0.0847
        lex:puregym	0.0847
        lex:who do	0.0847
        lex:arrive	0.0846
        lex:ivm	0.0846
        lex:ou faut	0.0846
        lex:time with	0.0846
        lex:a replacement	0.0845
        lex:mein vertrag	0.0845
        lex:ruckruf unter	0.0845
        lex:vertrag bei	0.0845
        lex:signing up	0.0844
        lex:laurea di	0.0843
        lex:vorbeikommen	0.0843
        lex:with another	0.0843
        lex:another practice	0.0842
        lex:den stadtwerken	0.0842
        lex:der wechsel	0.0842
        lex:dois	0.0842
        lex:freddo	0.0842
        lex:fur manuelle	0.0842
        lex:manuelle	0.0842
        lex:manuelle therapie	0.0842
        lex:runs	0.0842
        lex:stadtwerken	0.0842
        lex:stadtwerken lauft	0.0842
        lex:therapie	0.0842
        lex:wechsel zu	0.0842
        lex:fechado	0.0841
        lex:hora	0.0841
        lex:me and	0.0841
        lex:pagamento	0.0841
        lex:gostei do	0.084
        lex:mieux	0.0839
        lex:orcamento para	0.0838
        lex:verwacht	0.0837
        lex:bloquer	0.0836
        lex:knee in	0.0836
        lex:mas o	0.0836
        lex:mudar	0.0836
        lex:taglich	0.0836
        lex:this week	0.0836
        lex:chegou com	0.0835
        lex:ik moet	0.0834
        lex:mir wared	0.0834
        lex:wared	0.0834
        lex:faxina	0.0833
        lex:bei schulterlangen	0.0832
        lex:je	0.0832
        lex:schulterlangen	0.0832
        lex:schulterlangen haaren	0.0832
        lex:when the	0.083
        lex:hatt gern	0.0829
        lex:wallbox	0.0829
        lex:let me	0.0828
        lex:bis	0.0827
        lex:inscricao	0.0825
        lex:a inscricao	0.0824
        lex:the wedding	0.0824
        lex:contrat de	0.0823
        lex:metade	0.0823
        lex:la place	0.0822
        lex:same on	0.0822
        lex:corte na	0.0821
        lex:d rather	0.0821
        lex:na orelha	0.0821
        lex:o veterinario	0.0821
        lex:orelha	0.0821
        lex:veterinario	0.0821
        lex:ketting	0.082
        lex:a maquina	0.0819
        lex:de lavar	0.0819
        lex:lavar	0.0819
        lex:maquina de	0.0819
        lex:nr	0.0819
        lex:stupendo	0.0819
        lex:favor	0.0818
        lex:fri	0.0818
        lex:ci tenete	0.0817
        lex:keer	0.0817
        lex:keinen	0.0817
        lex:llego	0.0817
        lex:que je	0.0817
        lex:tenete la	0.0817
        lex:the opening	0.0817
        lex:tem horario	0.0816
        lex:cuanto me	0.0815
        lex:selben	0.0815
        lex:termina	0.0815
        lex:this year	0.0815
        lex:do the	0.0814
        lex:teachers	0.0814
        lex:termina el	0.0814
        lex:zapopan	0.0814
        lex:alguien me	0.0813
        lex:garden is	0.0813
        lex:me about	0.0812
        lex:respuesta	0.0812
        lex:demain aprem	0.0811
        lex:la quota	0.0811
        lex:notre	0.0811
        lex:quota	0.0811
        lex:semana que	0.0811
        lex:to na	0.0811
        lex:meu mei	0.081
        lex:this review	0.081
        lex:abrir	0.0809
        lex:booking the	0.0809
        lex:with puregym	0.0808
        lex:perfekt	0.0807
        lex:we get	0.0807
        lex:ik bestel	0.0806
        lex:offerte graag	0.0806
        lex:en zapopan	0.0805
        lex:is it	0.0805
        lex:esame	0.0804
        lex:s im	0.0804
        lex:waiting	0.0804
        lex:amazing	0.0803
        lex:een demo	0.0803
        lex:man die	0.0803
        lex:teilen	0.0803
        lex:de voces	0.0802
        lex:eltern	0.0802
        lex:soeur	0.0802
        lex:bild	0.0801
        lex:centre	0.0801
        lex:graag voor	0.0801
        lex:match	0.0801
        lex:richiamatemi	0.08
        lex:richiamatemi per	0.08
        lex:stiamo valutando	0.08
        lex:valutando	0.08
        lex:voudrais un	0.08
        lex:envoye pour	0.0799
        lex:they	0.0798
        lex:thurs	0.0798
        lex:podem	0.0797
        lex:borsa	0.0796
        lex:fazer a	0.0796
        lex:i order	0.0796
        lex:adults	0.0794
        lex:iemand mij	0.0794
        lex:libre el	0.0794
        lex:we zijn	0.0794
        lex:inscrit a	0.0793
        lex:of tenancy	0.0793
        lex:outgrown	0.0793
        lex:sim only	0.0793
        lex:tenancy clean	0.0793
        lex:the hot	0.0793
        lex:ve outgrown	0.0793
        lex:gere	0.0792
        lex:via le	0.0792
        lex:camarero	0.0791
        lex:de pote	0.0791
        lex:e mi	0.0791
        lex:megas	0.0791
        lex:pote	0.0791
        lex:commander la	0.079
        lex:langs	0.079
        lex:per dag	0.079
        lex:a ottobre	0.0789
        lex:mes	0.0789
        lex:nu op	0.0789
        lex:ombrellone	0.0789
        lex:hoeveel kost	0.0788
        lex:igualan	0.0788
        lex:me igualan	0.0788
        lex:aqui en	0.0787
        lex:meu cachorro	0.0787
        lex:reintegren	0.0786
        lex:vorrei sapere	0.0786
        lex:por favor	0.0785
        lex:back	0.0784
        lex:coaching	0.0783
        lex:bereikbaar	0.0782
        lex:bereikbaar en	0.0782
        lex:sair do	0.0782
        lex:grauburgunder	0.0781
        lex:rechnung	0.0781
        lex:away	0.078
        lex:en un	0.078
        lex:marz wieder	0.078
        lex:bestellt	0.0779
        lex:d happily	0.0779
        lex:part	0.0779
        lex:potete ricontattarmi	0.0779
        lex:ricontattarmi	0.0779
        lex:zahnreinigung	0.0779
        lex:contact opnemen	0.0778
        lex:d annee	0.0778
        lex:fin d	0.0778
        lex:gym	0.0778
        lex:matin pour	0.0778
        lex:no zap	0.0778
        lex:opnemen	0.0778
        lex:zap	0.0778
        lex:queria passar	0.0777
        lex:a porta	0.0775
        lex:doen	0.0775
        lex:envio a	0.0775
        lex:maar op	0.0775
        lex:no puedo	0.0775
        lex:porta	0.0775
        lex:need these	0.0774
        lex:termin fur	0.0774
        lex:corso di	0.0771
        lex:dachschrage	0.077
        lex:der dachschrage	0.077
        lex:einbauschrank	0.077
        lex:consultation	0.0769
        lex:schoonmoeder	0.0769
        lex:un mese	0.0769
        lex:away from	0.0767
        lex:gere les	0.0767
        lex:koud	0.0766
        lex:mande un	0.0765
        lex:decente	0.0764
        lex:friday	0.0764
        lex:out on	0.0764
        lex:reservieren	0.0764
        lex:mudo ja	0.0763
        lex:personne	0.0762
        lex:poland	0.0762
        lex:bill	0.0761
        lex:opening	0.0761
        lex:costa la	0.076
        lex:ni me	0.076
        lex:q2	0.076
        lex:want a	0.076
        lex:dan kom	0.0759
        lex:kom ik	0.0759
        lex:should	0.0759
        lex:um corte	0.0759
        lex:does	0.0758
        lex:prestataire actuel	0.0758
        lex:viel	0.0758
        lex:intensivo de	0.0757
        lex:un remboursement	0.0757
        lex:badkamer	0.0756
        lex:bilocale	0.0756
        lex:gestuurd over	0.0756
        lex:il cane	0.0756
        lex:outil	0.0756
        lex:sobre o	0.0756
        lex:il nostro	0.0755
        lex:avec le	0.0754
        lex:tavolo per	0.0754
        lex:wedding is	0.0754
        lex:des offres	0.0753
        lex:offres pour	0.0753
        lex:u still	0.0753
        lex:back for	0.0752
        lex:e uma	0.0752
        lex:into	0.0751
        lex:bei der	0.075
        lex:de diciembre	0.075
        lex:por mayor	0.075
        lex:hueco	0.0749
        lex:liefst	0.0749
        lex:saindo do	0.0749
        lex:the oak	0.0749
        lex:il catalogo	0.0748
        lex:revenir	0.0748
        lex:roundabouts	0.0748
        lex:ben klaar	0.0747
        lex:gosto	0.0747
        lex:klaar met	0.0747
        lex:pegar	0.0747
        lex:y quedo	0.0747
        lex:cambien	0.0746
        lex:to do	0.0746
        lex:are they	0.0745
        lex:croissants or	0.0745
        lex:ihr mal	0.0745
        lex:last sat	0.0745
        lex:like last	0.0745
        lex:or are	0.0745
        lex:pistachio croissants	0.0745
        lex:offre	0.0743
        lex:crianca	0.0741
        lex:ils ont	0.0741
        lex:vaga pro	0.0741
        lex:erw	0.074
        lex:finestre	0.074
        lex:combien pour	0.0737
        lex:el entrenador	0.0736
        lex:entrenador	0.0736
        lex:on sera	0.0736
        lex:a canarias	0.0735
        lex:canarias	0.0735
        lex:in with	0.0735
        lex:kg	0.0735
        lex:la stessa	0.0735
        lex:notti	0.0735
        lex:stessa	0.0735
        lex:antwoord	0.0734
        lex:contract ends	0.0733
        lex:is up	0.0732
        lex:peccato	0.0732
        lex:rumore	0.0731
        lex:un rumore	0.0731
        lex:per rifare	0.073
        lex:closed	0.0729
        lex:parziale	0.0729
        lex:rimborso parziale	0.0729
        lex:still available	0.0729
        lex:el numero	0.0728
        lex:vaccino	0.0728
        lex:accettate	0.0727
        lex:through ceiling	0.0727
        lex:un abito	0.0727
        lex:zimmer	0.0727
        lex:onda	0.0725
        lex:pour moi	0.0725
        lex:q onda	0.0725
        lex:weten	0.0725
        lex:lasciare	0.0723
        lex:by a	0.0722
        lex:fineline tattoo	0.0722
        lex:out brassy	0.0722
        lex:tattoo am	0.0722
        lex:couverts	0.0721
        lex:instructor	0.0721
        lex:la pizza	0.0721
        lex:samedi matin	0.0721
        lex:compramos	0.072
        lex:gratuito	0.072
        lex:joining fee	0.072
        lex:faut passer	0.0719
        lex:its	0.0719
        lex:quest anno	0.0719
        lex:empresa que	0.0718
        lex:juin et	0.0718
        lex:preco justo	0.0718
        lex:ruft	0.0718
        lex:ruft mich	0.0718
        lex:base	0.0717
        lex:dak	0.0717
        lex:next year	0.0717
        lex:the photo	0.0717
        lex:comprar	0.0716
        lex:frenos	0.0716
        lex:much	0.0716
        lex:passage	0.0716
        lex:siamo in	0.0716
        lex:talk to	0.0716
        lex:votre passage	0.0716
        lex:aura	0.0714
        lex:maintenance	0.0714
        lex:any chance	0.0713
        lex:do your	0.0712
        lex:frenos y	0.0712
        lex:precommande	0.0712
        lex:stamattina	0.0712
        lex:unless	0.0712
        lex:amy	0.0711
        lex:bloque	0.0711
        lex:dropped	0.0711
        lex:este sabado	0.0711
        lex:para este	0.0711
        lex:to talk	0.0711
        lex:voorraad in	0.0711
        lex:a mensalidade	0.071
        lex:bust	0.071
        lex:gostavamos	0.071
        lex:gostavamos de	0.071
        lex:il piano	0.071
        lex:ordering	0.071
        lex:buoni	0.0709
        lex:cachorro	0.0709
        lex:repasser	0.0709
        lex:semaine du	0.0709
        lex:vermieter	0.0709
        lex:de ingles	0.0708
        lex:meiner	0.0708
        lex:gemaild	0.0707
        lex:venga	0.0707
        lex:das gleiche	0.0706
        lex:auf dem	0.0705
        lex:do we	0.0705
        lex:is er	0.0703
        lex:in basel	0.0702
        lex:lo de	0.0701
        lex:ort	0.07
        lex:que tengo	0.07
        lex:vor ort	0.07
        lex:geschrieben	0.0699
        lex:one of	0.0699
        lex:outage this	0.0699
        lex:indietro	0.0698
        lex:lo facciamo	0.0698
        lex:no pienso	0.0698
        lex:t2	0.0698
        lex:torno indietro	0.0698
        lex:wollt	0.0698
        lex:gazelle	0.0697
        lex:februar	0.0696
        lex:yrs and	0.0696
        lex:after they	0.0695
        lex:als ik	0.0695
        lex:carnet	0.0695
        lex:codice	0.0695
        lex:gemaild over	0.0695
        lex:lunes a	0.0694
        lex:over een	0.0694
        lex:pra vcs	0.0694
        lex:dran	0.0693
        lex:kostet die	0.0693
        lex:like this	0.0693
        lex:t even	0.0692
        lex:dopo due	0.0691
        lex:due giorni	0.0691
        lex:o valor	0.0691
        lex:time	0.0691
        lex:we hebben	0.069
        lex:with her	0.069
        lex:wohnung	0.069
        lex:camera	0.0688
        lex:de clientes	0.0688
        lex:dochter	0.0688
        lex:get me	0.0688
        lex:llegaron	0.0687
        lex:subito	0.0687
        lex:vers	0.0687
        lex:lo sistemiate	0.0686
        lex:need it	0.0686
        lex:sistemiate	0.0686
        lex:t1	0.0686
        lex:volevo	0.0686
        lex:brassy	0.0685
        lex:verso le	0.0685
        lex:ich bestell	0.0684
        lex:da parte	0.0682
        lex:fredda	0.0682
        lex:klant	0.0681
        lex:no lo	0.0681
        lex:piso	0.0681
        lex:piso de	0.0681
        lex:please	0.068
        lex:ma soeur	0.0679
        lex:portar	0.0678
        lex:sohn	0.0678
        lex:sunrise	0.0678
        lex:sunrise class	0.0678
        lex:the sunrise	0.0678
        lex:voir	0.0677
        lex:samples	0.0676
        lex:brushing	0.0675
        lex:joining	0.0675
        lex:dm per	0.0674
        lex:need a	0.0673
        lex:quest	0.0673
        lex:beschadigd	0.0672
        lex:cobran	0.0671
        lex:llevo	0.0671
        lex:me tiene	0.0671
        lex:mnd	0.0671
        lex:tiene harta	0.0671
        lex:mijn dochter	0.067
        lex:missing the	0.0669
        lex:than	0.0669
        lex:to try	0.0669
        lex:try	0.0669
        lex:calls	0.0668
        lex:sinds de	0.0668
        lex:wifi	0.0668
        lex:aug	0.0667
        lex:lanes	0.0667
        lex:one star	0.0667
        lex:un gestionale	0.0667
        lex:custa a	0.0666
        lex:gutschein	0.0666
        lex:handle	0.0663
        lex:are back	0.0662
        lex:bambini	0.0661
        lex:me pasaron	0.066
        lex:pasaron	0.066
        lex:pasaron presupuesto	0.066
        lex:man bei	0.0659
        lex:gentilissimo	0.0658
        lex:nuova	0.0658
        lex:libere	0.0657
        lex:fig	0.0656
        lex:fig one	0.0656
        lex:manager	0.0656
        lex:the fig	0.0656
        lex:es pa	0.0655
        lex:posso voltar	0.0655
        lex:your import	0.0655
        lex:o que	0.0654
        lex:auch noch	0.0653
        lex:nog vrij	0.0653
        lex:direct sobre	0.0652
        lex:para mi	0.0652
        lex:bloque depuis	0.0651
        lex:grey	0.0651
        lex:i talk	0.0651
        lex:live	0.0651
        lex:und ich	0.0651
        lex:schade	0.065
        lex:bin ich	0.0649
        lex:ancora posto	0.0648
        lex:antes da	0.0648
        lex:de las	0.0648
        lex:lente	0.0648
        lex:per ferragosto	0.0648
        lex:pres	0.0647
        lex:a ver	0.0646
        lex:vorrei un	0.0646
        lex:de mi	0.0645
        lex:the wreath	0.0645
        lex:wreath	0.0645
        lex:igualais	0.0644
        lex:igualais el	0.0644
        lex:me igualais	0.0644
        lex:pra sexta	0.0644
        lex:precio me	0.0644
        lex:ones	0.0643
        lex:mi madre	0.0642
        lex:tengo	0.0642
        lex:a full	0.0641
        lex:do bairro	0.0641
        lex:in direct	0.0641
        lex:bairro	0.0639
        lex:el portatil	0.0639
        lex:la pantalla	0.0639
        lex:lo cambian	0.0639
        lex:pantalla	0.0639
        lex:pantalla rayada	0.0639
        lex:portatil	0.0639
        lex:portatil llego	0.0639
        lex:rayada	0.0639
        lex:renewal is	0.0639
        lex:a combi	0.0638
        lex:combi	0.0638
        lex:con il	0.0638
        lex:die voor	0.0638
        lex:my account	0.0638
        lex:tarde	0.0638
        lex:ritardo	0.0637
        lex:extensions	0.0636
        lex:extensions w	0.0636
        lex:french tip	0.0636
        lex:gel extensions	0.0636
        lex:refund or	0.0636
        lex:tenes turno	0.0636
        lex:tip	0.0636
        lex:we hier	0.0636
        lex:a row	0.0635
        lex:camp	0.0635
        lex:row	0.0635
        lex:leveren jullie	0.0633
        lex:entrar em	0.0632
        lex:podem entrar	0.0632
        lex:qu un	0.0632
        lex:beurt	0.0631
        lex:pas de	0.0631
        lex:saturday s	0.0631
        lex:go if	0.063
        lex:on prend	0.063
        lex:school	0.063
        lex:so queria	0.063
        lex:aqui e	0.0629
        lex:bij sanne	0.0629
        lex:d be	0.0628
        lex:lleve	0.0628
        lex:a alguien	0.0627
        lex:b1	0.0627
        lex:famiglia	0.0627
        lex:qto custa	0.0627
        lex:regio utrecht	0.0626
        lex:fatemi	0.0625
        lex:fatemi sapere	0.0625
        lex:euch grad	0.0623
        lex:nosso	0.0623
        lex:met een	0.0622
        lex:set of	0.0622
        lex:agenzia	0.0621
        lex:i wanted	0.0619
        lex:le foto	0.0619
        lex:voucher	0.0619
        lex:x il	0.0619
        lex:lei	0.0618
        lex:cai	0.0617
        lex:tutte	0.0617
        lex:est passee	0.0616
        lex:is good	0.0616
        lex:soeur est	0.0616
        lex:je dois	0.0615
        lex:prends le	0.0615
        lex:prestataire	0.0615
        lex:deze week	0.0614
        lex:the fiesta	0.0614
        lex:bruxelles	0.0613
        lex:recu	0.0613
        lex:there a	0.0613
        lex:tues	0.0613
        lex:protein	0.0612
        lex:the protein	0.0612
        lex:inversor	0.0611
        lex:o inversor	0.0611
        lex:srl	0.0611
        lex:depa de	0.061
        lex:hab ihnen	0.061
        lex:ihnen eine	0.061
        lex:fur unsere	0.0609
        lex:pranzo	0.0609
        lex:ya van	0.0609
        lex:a voicemail	0.0608
        lex:voicemail	0.0608
        lex:cuenta con	0.0607
        lex:die in	0.0607
        lex:kantoor	0.0607
        lex:ons kantoor	0.0607
        lex:cote	0.0606
        lex:de fevrier	0.0606
        lex:passee chez	0.0606
        lex:vacances	0.0606
        lex:vacances de	0.0606
        lex:ab janner	0.0605
        lex:kapazitaten	0.0605
        lex:a bruxelles	0.0604
        lex:dit kosteloos	0.0604
        lex:kosteloos	0.0604
        lex:maart	0.0604
        lex:refazer	0.0604
        lex:restaurant	0.0604
        lex:ver isso	0.0604
        lex:verwacht dat	0.0604
        lex:a meta	0.0603
        lex:bolo de	0.0603
        lex:meta	0.0603
        lex:a montreal	0.0602
        lex:left a	0.0602
        lex:montreal	0.0602
        lex:seo	0.0602
        lex:family	0.0601
        lex:friendly staff	0.06
        lex:jullie contact	0.06
        lex:un tavolo	0.06
        lex:bestellen voor	0.0599
        lex:if possible	0.0599
        lex:me rembourser	0.0599
        lex:we move	0.0599
        lex:cant	0.0598
        lex:de gazelle	0.0598
        lex:direct per	0.0598
        lex:front	0.0598
        lex:if so	0.0598
        lex:kleines	0.0598
        lex:a banging	0.0597
        lex:banging	0.0597
        lex:banging noise	0.0597
        lex:questo ci	0.0597
        lex:whatsapp para	0.0597
        lex:zit nu	0.0597
        lex:faltaram	0.0596
        lex:rembourse	0.0596
        lex:covers	0.0595
        lex:um orcamento	0.0595
        lex:bruit	0.0593
        lex:e barba	0.0593
        lex:een mail	0.0593
        lex:mail gestuurd	0.0593
        lex:vol	0.0593
        lex:bed house	0.0592
        lex:weekly clean	0.0592
        lex:before we	0.059
        lex:lugar incrivel	0.059
        lex:ende februar	0.0588
        lex:por lo	0.0588
        lex:terugbellen op	0.0588
        lex:de queijo	0.0587
        lex:inscrivez	0.0587
        lex:super seance	0.0587
        lex:talla	0.0587
        lex:l avete	0.0586
        lex:much to	0.0586
        lex:quinta	0.0585
        lex:you just	0.0585
        lex:een week	0.0584
        lex:el jueves	0.0583
        lex:falsche	0.0583
        lex:on m	0.0583
        lex:in svizzera	0.0582
        lex:svizzera	0.0582
        lex:de jeudi	0.0581
        lex:shooting	0.0581
        lex:altijd vol	0.058
        lex:keeps	0.058
        lex:sul	0.058
        lex:terugbetaling van	0.058
        lex:to find	0.058
        lex:ago	0.0579
        lex:pedido de	0.0579
        lex:semmeln	0.0579
        lex:faz	0.0578
        lex:e venuto	0.0577
        lex:minha	0.0577
        lex:sohn ist	0.0577
        lex:m interested	0.0576
        lex:passee	0.0576
        lex:test	0.0576
        lex:de empresa	0.0575
        lex:la macchina	0.0574
        lex:grandes	0.0573
        lex:restaurante	0.0573
        lex:start	0.0573
        lex:con los	0.0572
        lex:pouvez vous	0.0572
        lex:a peu	0.0571
        lex:en guadalajara	0.0571
        lex:peu pres	0.0571
        lex:unas	0.0571
        lex:wie kan	0.0571
        lex:counter	0.057
        lex:hatte	0.057
        lex:corte e	0.0569
        lex:ho mandato	0.0568
        lex:is	0.0568
        lex:the ethiopian	0.0568
        lex:º	0.0568
        lex:º ano	0.0568
        lex:cobraron dos	0.0567
        lex:est arrive	0.0567
        lex:our cockapoo	0.0567
        lex:plat dak	0.0567
        lex:duda	0.0566
        lex:spanish	0.0566
        lex:t find	0.0565
        lex:vous m	0.0565
        lex:veces la	0.0564
        lex:el depa	0.0563
        lex:wurden wir	0.0563
        lex:apparaten	0.0562
        lex:chale	0.0562
        lex:ik een	0.0562
        lex:no reveillon	0.0562
        lex:with my	0.0562
        lex:order last	0.0561
        lex:venir	0.0561
        lex:cargador	0.056
        lex:holiday in	0.0558
        lex:quanto viene	0.0558
        lex:freundlich	0.0557
        lex:ik niet	0.0556
        lex:anyone at	0.0555
        lex:dress	0.0555
        lex:espalda	0.0555
        lex:la espalda	0.0555
        lex:medium	0.0555
        lex:rdv	0.0555
        lex:version	0.0555
        lex:you open	0.0555
        lex:nada mas	0.0554
        lex:rdv pour	0.0554
        lex:turned	0.0554
        lex:turned up	0.0554
        lex:w	0.0554
        lex:kaum	0.0553
        lex:m envoyez	0.0553
        lex:prive pour	0.0553
        lex:anlage	0.0552
        lex:ik reserveer	0.0552
        lex:wat zou	0.0552
        lex:me puede	0.0551
        lex:ritiro	0.0551
        lex:bei ihnen	0.055
        lex:well	0.055
        lex:but it	0.0549
        lex:krijgen	0.0548
        lex:for swapping	0.0547
        lex:que o	0.0547
        lex:swapping	0.0547
        lex:swapping a	0.0547
        lex:to book	0.0547
        lex:una srl	0.0547
        lex:apartame	0.0545
        lex:cafe in	0.0545
        lex:star	0.0545
        lex:unless someone	0.0545
        lex:je prends	0.0544
        lex:niteroi	0.0544
        lex:prends	0.0544
        lex:profesionales con	0.0544
        lex:sacar	0.0544
        lex:you hold	0.0544
        lex:bijles	0.0543
        lex:dar	0.0543
        lex:em niteroi	0.0543
        lex:and they	0.0542
        lex:mandato un	0.0541
        lex:messaggio	0.0541
        lex:un messaggio	0.0541
        lex:encore de	0.054
        lex:plat	0.0539
        lex:en septembre	0.0538
        lex:entregam	0.0538
        lex:faco a	0.0538
        lex:mande dm	0.0538
        lex:va ancora	0.0537
        lex:voor en	0.0537
        lex:a lyon	0.0536
        lex:che cuanto	0.0536
        lex:el plan	0.0536
        lex:gostei	0.0536
        lex:la matricula	0.0536
        lex:t3	0.0536
        lex:t3 em	0.0536
        lex:btw	0.0535
        lex:since tuesday	0.0535
        lex:a sherbrooke	0.0534
        lex:at the	0.0534
        lex:colore	0.0534
        lex:panne	0.0534
        lex:plateau	0.0534
        lex:sherbrooke	0.0534
        lex:to your	0.0534
        lex:con las	0.0533
        lex:de travers	0.0533
        lex:travers	0.0533
        lex:creneau	0.0532
        lex:un creneau	0.0532
        lex:bel me	0.0531
        lex:rappeler pour	0.0531
        lex:ayudar	0.053
        lex:can do	0.053
        lex:funciona	0.053
        lex:nome	0.053
        lex:wanted	0.053
        lex:kast	0.0529
        lex:plan de	0.0529
        lex:platze	0.0529
        lex:cordoba	0.0528
        lex:les mande	0.0528
        lex:dottoressa bravissima	0.0527
        lex:om een	0.0527
        lex:wir gern	0.0527
        lex:duo	0.0526
        lex:on commande	0.0526
        lex:jake	0.0525
        lex:almada	0.0524
        lex:tengo una	0.0524
        lex:ballotin	0.0523
        lex:ordinare	0.0523
        lex:war leider	0.0523
        lex:de dakkapel	0.0522
        lex:zona de	0.0522
        lex:l impianto	0.0521
        lex:una a	0.0521
        lex:anniv	0.052
        lex:luzes	0.052
        lex:proposta	0.052
        lex:this in	0.052
        lex:weddings	0.052
        lex:jullie net	0.0519
        lex:fait pour	0.0518
        lex:nos cobraron	0.0518
        lex:pazienti	0.0518
        lex:plus de	0.0518
        lex:reponse a	0.0518
        lex:toujours une	0.0518
        lex:une reponse	0.0518
        lex:a nome	0.0517
        lex:entrare	0.0517
        lex:gastro	0.0517
        lex:nome esposito	0.0517
        lex:problem	0.0517
        lex:replying	0.0517
        lex:diese	0.0516
        lex:fazem	0.0516
        lex:altra parte	0.0515
        lex:bitte fur	0.0515
        lex:nights	0.0515
        lex:pro carnaval	0.0515
        lex:anbieter	0.0513
        lex:ik verder	0.0512
        lex:in via	0.0512
        lex:seit wochen	0.0512
        lex:harris	0.0511
        lex:ieri ma	0.0511
        lex:lot of	0.0511
        lex:desde ontem	0.051
        lex:terrace	0.051
        lex:un samedi	0.051
        lex:acqua calda	0.0508
        lex:ancora in	0.0508
        lex:calda	0.0508
        lex:l acqua	0.0508
        lex:tel	0.0508
        lex:war super	0.0508
        lex:chiquito en	0.0507
        lex:con vosotros	0.0507
        lex:liberi	0.0507
        lex:registro	0.0507
        lex:rescue	0.0507
        lex:disdico	0.0506
        lex:fini	0.0506
        lex:gekregen	0.0506
        lex:campinas	0.0505
        lex:con ustedes	0.0505
        lex:em campinas	0.0505
        lex:catalogo	0.0504
        lex:hen	0.0504
        lex:hen do	0.0504
        lex:a internet	0.0503
        lex:cai todo	0.0503
        lex:in der	0.0503
        lex:internet cai	0.0503
        lex:redes para	0.0503
        lex:vivo e	0.0503
        lex:anual	0.0502
        lex:ende mai	0.0502
        lex:open on	0.0502
        lex:septembre	0.0502
        lex:the date	0.0502
        lex:un devis	0.0502
        lex:lo reservamos	0.0501
        lex:noch platz	0.0501
        lex:sur votre	0.05
        lex:vengan	0.05
        lex:vengan a	0.05
        lex:devis	0.0499
        lex:kartons	0.0499
        lex:muito	0.0499
        lex:back on	0.0498
        lex:croissants	0.0498
        lex:qual o	0.0498
        lex:isch	0.0497
        lex:platz fur	0.0497
        lex:un plateau	0.0497
        lex:husband	0.0496
        lex:my husband	0.0496
        lex:tenemos	0.0496
        lex:you	0.0496
        lex:my flat	0.0495
        lex:pra fazer	0.0495
        lex:traer	0.0495
        lex:where the	0.0495
        lex:laat	0.0494
        lex:lyon	0.0494
        lex:me cobran	0.0494
        lex:avis	0.0493
        lex:colis recu	0.0493
        lex:donc si	0.0493
        lex:ihn gern	0.0493
        lex:in rotterdam	0.0493
        lex:mon avis	0.0493
        lex:someone for	0.0493
        lex:terugbetaling	0.0493
        lex:francs	0.0492
        lex:noche	0.0492
        lex:oggi pomeriggio	0.0492
        lex:eind	0.0491
        lex:it or	0.0491
        lex:da foto	0.049
        lex:dauert	0.049
        lex:ik overstap	0.049
        lex:overstap	0.049
        lex:sanne	0.049
        lex:ayer	0.0489
        lex:altrimenti	0.0488
        lex:arguments	0.0488
        lex:no arguments	0.0488
        lex:pagar	0.0488
        lex:reagiert	0.0488
        lex:wil m	0.0488
        lex:a dm	0.0487
        lex:je precommande	0.0487
        lex:la rodilla	0.0487
        lex:lovely	0.0487
        lex:omruilen	0.0487
        lex:precommande le	0.0487
        lex:rodilla	0.0487
        lex:update	0.0487
        lex:vale la	0.0487
        lex:a padova	0.0486
        lex:fix it	0.0485
        lex:huidige	0.0485
        lex:pero necesito	0.0484
        lex:schickt	0.0484
        lex:something like	0.0484
        lex:waiting since	0.0484
        lex:la web	0.0483
        lex:poele	0.0483
        lex:euch bitte	0.0482
        lex:geschrieben wegen	0.0482
        lex:book the	0.0481
        lex:booking it	0.0481
        lex:manchester	0.0481
        lex:lentes de	0.048
        lex:omdat	0.048
        lex:omdat de	0.048
        lex:ordina	0.048
        lex:physio	0.048
        lex:si ordina	0.048
        lex:deles	0.0479
        lex:lisbon	0.0479
        lex:m booking	0.0479
        lex:marcar	0.0478
        lex:proefles	0.0478
        lex:a ordinare	0.0477
        lex:de ma	0.0477
        lex:m noch	0.0477
        lex:woensdagmiddag	0.0477
        lex:design	0.0476
        lex:mezzo	0.0476
        lex:seats	0.0476
        lex:mes y	0.0475
        lex:reservar o	0.0475
        lex:ainda tem	0.0474
        lex:and got	0.0474
        lex:maart af	0.0474
        lex:prochaine	0.0474
        lex:semaine prochaine	0.0474
        lex:escribo	0.0473
        lex:verkeerde	0.0473
        lex:cotswolds	0.0472
        lex:filling	0.0472
        lex:nights from	0.0472
        lex:stack	0.0472
        lex:the cotswolds	0.0472
        lex:een dm	0.0471
        lex:personne ne	0.0471
        lex:asap	0.047
        lex:faco pra	0.047
        lex:chitarra	0.0468
        lex:suchen	0.0467
        lex:herr	0.0466
        lex:perde	0.0466
        lex:msg	0.0465
        lex:reprendre	0.0465
        lex:aime	0.0464
        lex:aime bien	0.0464
        lex:bien vos	0.0464
        lex:figlia di	0.0464
        lex:i d	0.0464
        lex:j aime	0.0464
        lex:liefst woensdagmiddag	0.0464
        lex:they all	0.0464
        lex:vagas	0.0464
        lex:would happily	0.0464
        lex:communion	0.0463
        lex:q1	0.0463
        lex:carro	0.0462
        lex:be on	0.0461
        lex:looking to	0.0461
        lex:mensalidade do	0.0461
        lex:remboursez	0.0461
        lex:sofort	0.0461
        lex:te laat	0.0461
        lex:tamanho	0.046
        lex:eye	0.0459
        lex:eye test	0.0459
        lex:of	0.0459
        lex:coffret	0.0458
        lex:le coffret	0.0458
        lex:soin visage	0.0458
        lex:staff	0.0458
        lex:visage	0.0458
        lex:keine antwort	0.0457
        lex:dit jaar	0.0456
        lex:eind dit	0.0456
        lex:precio del	0.0456
        lex:slate	0.0456
        lex:tes	0.0456
        lex:ist	0.0455
        lex:love to	0.0455
        lex:pour tes	0.0455
        lex:pra reservar	0.0455
        lex:to check	0.0455
        lex:op het	0.0454
        lex:segnami	0.0454
        lex:segnami per	0.0454
        lex:soin	0.0454
        lex:stuff	0.0453
        lex:fed up	0.0452
        lex:medewerkers	0.0452
        lex:weitermachen	0.0452
        lex:les pneus	0.0451
        lex:oak	0.0451
        lex:domicilio	0.045
        lex:faco o	0.045
        lex:lenta	0.045
        lex:estou em	0.0449
        lex:retorno	0.0449
        lex:the family	0.0449
        lex:about to	0.0448
        lex:eletricos	0.0448
        lex:em almada	0.0448
        lex:nunca chegou	0.0448
        lex:quadros	0.0448
        lex:quadros eletricos	0.0448
        lex:tornare	0.0448
        lex:pao de	0.0447
        lex:plek voor	0.0447
        lex:tienda	0.0447
        lex:to look	0.0447
        lex:ca pour	0.0446
        lex:cita	0.0446
        lex:faro	0.0446
        lex:feb	0.0446
        lex:is brilliant	0.0446
        lex:kwh	0.0446
        lex:plano anual	0.0446
        lex:prend ca	0.0446
        lex:thema	0.0446
        lex:second pic	0.0445
        lex:verder	0.0445
        lex:ancora niente	0.0444
        lex:cat	0.0444
        lex:gestionale	0.0444
        lex:on trouve	0.0444
        lex:trouve une	0.0444
        lex:une solution	0.0444
        lex:wochen	0.0444
        lex:fatto il	0.0443
        lex:from halden	0.0443
        lex:halden	0.0443
        lex:durou	0.0442
        lex:supply	0.0442
        lex:up the	0.0442
        lex:bis q2	0.0441
        lex:el cumple	0.0441
        lex:email me	0.0441
        lex:iets weten	0.0441
        lex:primera	0.0441
        lex:les vacances	0.044
        lex:si puo	0.044
        lex:team und	0.044
        lex:un mail	0.044
        lex:view	0.044
        lex:de novembro	0.0439
        lex:feriado de	0.0439
        lex:lock in	0.0439
        lex:novembro	0.0439
        lex:place in	0.0439
        lex:mail pour	0.0438
        lex:am besten	0.0437
        lex:anna	0.0437
        lex:chalet	0.0437
        lex:moet ik	0.0437
        lex:of moet	0.0437
        lex:suchen ab	0.0437
        lex:up with	0.0437
        lex:necesitamos	0.0436
        lex:vive	0.0436
        lex:after the	0.0435
        lex:chond	0.0435
        lex:depto de	0.0435
        lex:el depto	0.0435
        lex:frames	0.0435
        lex:hoping	0.0435
        lex:hoping to	0.0435
        lex:lotada	0.0435
        lex:mag iemand	0.0435
        lex:voll	0.0435
        lex:ce matin	0.0434
        lex:contract is	0.0434
        lex:holen wir	0.0434
        lex:redes	0.0434
        lex:room for	0.0434
        lex:booking in	0.0433
        lex:di marta	0.0433
        lex:een deel	0.0433
        lex:finestre in	0.0433
        lex:in pvc	0.0433
        lex:people	0.0433
        lex:prenoto	0.0433
        lex:pvc	0.0433
        lex:bouwbedrijf	0.0432
        lex:bouwbedrijf met	0.0432
        lex:een bouwbedrijf	0.0432
        lex:de voltar	0.043
        lex:on sat	0.043
        lex:seminaire	0.043
        lex:m gone	0.0429
        lex:rappelez moi	0.0429
        lex:depto	0.0428
        lex:di sabato	0.0428
        lex:ik me	0.0428
        lex:mais ou	0.0428
        lex:ou menos	0.0428
        lex:vanavond	0.0427
        lex:vosotros	0.0427
        lex:da mensalidade	0.0426
        lex:di chitarra	0.0426
        lex:sotto	0.0426
        lex:inplannen	0.0425
        lex:sair	0.0425
        lex:iets	0.0424
        lex:mi bitte	0.0424
        lex:mij contacteren	0.0424
        lex:party is	0.0424
        lex:third outage	0.0424
        lex:altijd tevreden	0.0423
        lex:envoyez le	0.0423
        lex:from a	0.0423
        lex:en zoeken	0.0422
        lex:excel	0.0422
        lex:familia	0.0422
        lex:fecho	0.0422
        lex:on cherche	0.0422
        lex:pra familia	0.0422
        lex:rappelez	0.0422
        lex:sei	0.0422
        lex:shower	0.0422
        lex:the shower	0.0422
        lex:web	0.0422
        lex:aktueller	0.0421
        lex:book in	0.0421
        lex:hacer la	0.0421
        lex:hoje em	0.0421
        lex:para o	0.042
        lex:rugklachten	0.042
        lex:als die	0.0419
        lex:in due	0.0419
        lex:online bestellen	0.0419
        lex:weeks ago	0.0419
        lex:boxing	0.0418
        lex:boxing day	0.0418
        lex:leveren	0.0418
        lex:los dias	0.0418
        lex:moeten	0.0418
        lex:clutch	0.0417
        lex:contratar para	0.0417
        lex:geweest	0.0417
        lex:gratis este	0.0417
        lex:meter	0.0417
        lex:moi svp	0.0417
        lex:teneis matricula	0.0417
        lex:the clutch	0.0417
        lex:versand	0.0417
        lex:versand nach	0.0417
        lex:want the	0.0417
        lex:me por	0.0416
        lex:todos los	0.0416
        lex:wie geht	0.0416
        lex:fa a	0.0415
        lex:fornecedor atual	0.0415
        lex:nosso contrato	0.0415
        lex:o fornecedor	0.0415
        lex:chiusi	0.0414
        lex:em matosinhos	0.0414
        lex:matosinhos	0.0414
        lex:mesa	0.0414
        lex:speak	0.0414
        lex:speak to	0.0414
        lex:euch der	0.0413
        lex:gestuurd ivm	0.0413
        lex:helemaal	0.0412
        lex:mandei msg	0.0412
        lex:msg no	0.0412
        lex:zap sobre	0.0412
        lex:abito	0.0411
        lex:prenoto io	0.0411
        lex:you sort	0.0411
        lex:aceitam	0.041
        lex:devis pour	0.041
        lex:ein handwerksbetrieb	0.041
        lex:ellie	0.041
        lex:handwerksbetrieb	0.041
        lex:handwerksbetrieb mit	0.041
        lex:listen	0.041
        lex:y color	0.041
        lex:extra	0.0409
        lex:fur den	0.0409
        lex:interesse em	0.0409
        lex:voglio che	0.0409
        lex:aimerais qu	0.0408
        lex:are best	0.0408
        lex:buurt	0.0408
        lex:de buurt	0.0408
        lex:eines	0.0408
        lex:luz en	0.0408
        lex:say	0.0408
        lex:vase	0.0408
        lex:volgende week	0.0408
        lex:warmtepomp	0.0408
        lex:wegen eines	0.0408
        lex:rekenen	0.0407
        lex:rekenen jullie	0.0407
        lex:unzufrieden	0.0407
        lex:wat rekenen	0.0407
        lex:xmas	0.0407
        lex:yes pls	0.0407
        lex:ao fim	0.0406
        lex:in april	0.0406
        lex:la grande	0.0406
        lex:moi un	0.0406
        lex:aumento	0.0405
        lex:me estoy	0.0405
        lex:questo lo	0.0404
        lex:betaal	0.0403
        lex:en het	0.0403
        lex:famille	0.0403
        lex:sie sich	0.0403
        lex:bin seit	0.0402
        lex:casa e	0.0402
        lex:dias e	0.0402
        lex:fur strahnchen	0.0401
        lex:gern nen	0.0401
        lex:hear	0.0401
        lex:nen termin	0.0401
        lex:quand vous	0.0401
        lex:the wrong	0.0401
        lex:to hear	0.0401
        lex:el paquete	0.04
        lex:for this	0.04
        lex:paquete	0.04
        lex:wil er	0.04
        long-text	0.0297
        clause-negator	0
        friend-tag	0
        negator	0
        lex:geleverd en	-0.04
        lex:torta de	-0.04
        lex:der konkurrenz	-0.0401
        lex:duurde	-0.0401
        lex:fuori	-0.0401
        lex:helemaal eens	-0.0401
        lex:para un	-0.0401
        lex:taglio	-0.0401
        lex:und bieten	-0.0401
        lex:war s	-0.0401
        lex:agree	-0.0402
        lex:bought the	-0.0402
        lex:des meres	-0.0402
        lex:horen	-0.0402
        lex:if we	-0.0402
        lex:meres	-0.0402
        lex:nisso	-0.0402
        lex:ans d	-0.0403
        lex:kwam	-0.0403
        lex:ordino	-0.0403
        lex:verfugbar	-0.0403
        lex:brava	-0.0404
        lex:breakfast average	-0.0404
        lex:cher mais	-0.0404
        lex:kinder	-0.0404
        lex:mano	-0.0404
        lex:a nightmare	-0.0405
        lex:buen articulo	-0.0405
        lex:der beste	-0.0405
        lex:fa	-0.0405
        lex:nightmare	-0.0405
        lex:over from	-0.0405
        lex:seguro del	-0.0405
        lex:am sonntag	-0.0406
        lex:les paso	-0.0406
        lex:really	-0.0406
        lex:snel geleverd	-0.0406
        lex:verpakt	-0.0406
        lex:cinco	-0.0407
        lex:je reste	-0.0407
        lex:married	-0.0408
        lex:se ven	-0.0408
        lex:tattoo	-0.0408
        lex:ven	-0.0408
        lex:webshop	-0.0408
        lex:gefeliciteerd met	-0.0409
        lex:la abuela	-0.0409
        lex:was this	-0.0409
        lex:blij mee	-0.041
        lex:kommen sicher	-0.041
        lex:ya compre	-0.041
        lex:article	-0.0411
        lex:avec les	-0.0411
        lex:lo consiglio	-0.0411
        lex:chi c	-0.0412
        lex:estou a	-0.0412
        lex:jahrigen jubilaum	-0.0412
        lex:jubilaum	-0.0412
        lex:on reviendra	-0.0412
        lex:a caterer	-0.0413
        lex:gekauft	-0.0413
        lex:leistung	-0.0413
        lex:ontbijt	-0.0413
        lex:preis leistung	-0.0413
        lex:remboursement est	-0.0413
        lex:vaga pra	-0.0413
        lex:asking for	-0.0414
        lex:i book	-0.0414
        lex:je mets	-0.0414
        lex:mets	-0.0414
        lex:sofa cama	-0.0414
        lex:fake	-0.0415
        lex:ganhar	-0.0415
        lex:comprerei un	-0.0416
        lex:sarah and	-0.0416
        lex:he	-0.0417
        lex:ik ook	-0.0417
        lex:a maggio	-0.0418
        lex:o hamburguer	-0.0418
        lex:verkauft	-0.0418
        lex:auf der	-0.0419
        lex:but we	-0.0419
        lex:caiu o	-0.0419
        lex:non ha	-0.0419
        lex:peony	-0.0419
        lex:rendue	-0.0419
        lex:spettacolo	-0.0419
        lex:consiglio	-0.0421
        lex:eh nicht	-0.0421
        lex:gentile	-0.0421
        lex:paciente	-0.0421
        lex:unbedingt	-0.0421
        lex:uni	-0.0421
        lex:average	-0.0422
        lex:gente que	-0.0422
        lex:in ritardo	-0.0422
        lex:los mejores	-0.0422
        lex:room was	-0.0422
        lex:the area	-0.0422
        lex:dubois	-0.0423
        lex:ve lo	-0.0423
        lex:gia trovato	-0.0424
        lex:mais bon	-0.0424
        lex:pate	-0.0424
        lex:regarde	-0.0424
        lex:trovato	-0.0424
        lex:hol sie	-0.0425
        lex:front desk	-0.0426
        lex:me di	-0.0426
        lex:semana pasada	-0.0426
        lex:music	-0.0427
        lex:passe chez	-0.0427
        lex:sem duvida	-0.0427
        lex:wild	-0.0427
        lex:boa tarde	-0.0428
        lex:direkt	-0.0428
        lex:gar	-0.0428
        lex:moro	-0.0428
        lex:moro em	-0.0428
        lex:putz	-0.0428
        lex:une agence	-0.0428
        lex:che ho	-0.0429
        lex:dr morel	-0.0429
        lex:ma vie	-0.0429
        lex:morel	-0.0429
        lex:au printemps	-0.043
        lex:civil	-0.043
        lex:help	-0.043
        lex:printemps	-0.043
        lex:with our	-0.043
        lex:dei	-0.0431
        lex:fantastico	-0.0431
        lex:gasten	-0.0431
        lex:knees	-0.0431
        lex:outro	-0.0431
        lex:thomas	-0.0431
        lex:tiede	-0.0431
        lex:un echange	-0.0431
        lex:cancelei e	-0.0432
        lex:molto	-0.0432
        lex:pao	-0.0432
        lex:veri	-0.0432
        lex:echange	-0.0433
        lex:en trop	-0.0433
        lex:jubileum	-0.0433
        lex:na primeira	-0.0433
        lex:oggi	-0.0433
        lex:por aqui	-0.0433
        lex:halen	-0.0434
        lex:time and	-0.0434
        lex:fraco	-0.0435
        lex:looking like	-0.0435
        lex:ob der	-0.0435
        lex:seul	-0.0435
        lex:share	-0.0435
        lex:truck	-0.0435
        lex:inzwischen	-0.0436
        lex:bijna	-0.0437
        lex:comptabilite	-0.0437
        lex:en comptabilite	-0.0437
        lex:erfahrung	-0.0437
        lex:ich wieder	-0.0437
        lex:wieder machen	-0.0437
        lex:anrufe	-0.0438
        lex:cambie a	-0.0438
        lex:giesing	-0.0438
        lex:jetzt passt	-0.0438
        lex:joana	-0.0438
        lex:juste par	-0.0438
        lex:keine anrufe	-0.0438
        lex:not booking	-0.0438
        lex:par curiosite	-0.0438
        lex:already bought	-0.0439
        lex:caterer	-0.0439
        lex:club de	-0.0439
        lex:een voorstel	-0.0439
        lex:ibamos	-0.0439
        lex:ibamos a	-0.0439
        lex:voorstel	-0.0439
        lex:voorstel sturen	-0.0439
        lex:bolo que	-0.044
        lex:book for	-0.044
        lex:geduld	-0.044
        lex:our kitchen	-0.044
        lex:commanderai	-0.0441
        lex:commanderai plus	-0.0441
        lex:forniamo	-0.0441
        lex:gaat	-0.0441
        lex:heb opgezegd	-0.0441
        lex:jemanden fur	-0.0441
        lex:made	-0.0441
        lex:malade	-0.0441
        lex:ne commanderai	-0.0441
        lex:pick up	-0.0441
        lex:wie heeft	-0.0441
        lex:recreate	-0.0442
        lex:recreate it	-0.0442
        lex:slap	-0.0442
        lex:to recreate	-0.0442
        lex:trying	-0.0442
        lex:trying to	-0.0442
        lex:bedienung	-0.0443
        lex:how is	-0.0443
        lex:lads	-0.0443
        lex:told	-0.0443
        lex:wagen	-0.0443
        lex:y todavia	-0.0443
        lex:cut	-0.0444
        lex:eens met	-0.0444
        lex:listino	-0.0444
        lex:series	-0.0444
        lex:series a	-0.0444
        lex:the series	-0.0444
        lex:veces	-0.0444
        lex:comprei o	-0.0445
        lex:zufrieden	-0.0445
        lex:bij mijn	-0.0446
        lex:e un	-0.0446
        lex:fils a	-0.0446
        lex:igualita	-0.0446
        lex:igualita a	-0.0446
        lex:out to	-0.0446
        lex:pero estoy	-0.0446
        lex:reicht s	-0.0446
        lex:que lindo	-0.0447
        lex:quote	-0.0447
        lex:tutti i	-0.0447
        lex:a eu	-0.0448
        lex:accord avec	-0.0448
        lex:bac	-0.0448
        lex:can start	-0.0448
        lex:er	-0.0448
        lex:que vc	-0.0448
        lex:alweer	-0.0449
        lex:caravan	-0.0449
        lex:dobbiamo	-0.0449
        lex:estoy con	-0.0449
        lex:great value	-0.0449
        lex:guck	-0.0449
        lex:guck mal	-0.0449
        lex:sich das	-0.0449
        lex:value	-0.0449
        lex:reclamacao	-0.045
        lex:vermitteln	-0.045
        lex:wir vermitteln	-0.045
        lex:al equipo	-0.0451
        lex:felicitaciones	-0.0451
        lex:felicitaciones al	-0.0451
        lex:jardim	-0.0451
        lex:exame de	-0.0452
        lex:reviendra	-0.0452
        lex:marathon	-0.0453
        lex:nessuna	-0.0453
        lex:op voorraad	-0.0453
        lex:tools	-0.0453
        lex:voorraad	-0.0453
        lex:overpriced	-0.0454
        lex:mal wieder	-0.0455
        lex:nos encantaria	-0.0455
        lex:preventivo	-0.0455
        lex:tray	-0.0455
        lex:whole tray	-0.0455
        lex:bij	-0.0456
        lex:ki	-0.0456
        lex:cortado	-0.0457
        lex:ad agosto	-0.0458
        lex:hanno fatto	-0.0458
        lex:la zona	-0.0458
        lex:so no	-0.0458
        lex:resposta	-0.0459
        lex:sharing	-0.0459
        lex:suis passe	-0.0459
        lex:ihre	-0.046
        lex:jajaja el	-0.046
        lex:jetziger	-0.046
        lex:prufung	-0.046
        lex:spent	-0.046
        lex:entera	-0.0461
        lex:and looking	-0.0462
        lex:endroit	-0.0462
        lex:my bank	-0.0462
        lex:derniere	-0.0463
        lex:final lo	-0.0463
        lex:km e	-0.0464
        lex:meio	-0.0464
        lex:pleite	-0.0464
        lex:pricey for	-0.0464
        lex:promote	-0.0464
        lex:semaine de	-0.0464
        lex:a contratar	-0.0465
        lex:avoid avoid	-0.0465
        lex:el seguro	-0.0465
        lex:zijn die	-0.0465
        lex:melhores	-0.0466
        lex:nah	-0.0467
        lex:vandaan	-0.0467
        lex:als kind	-0.0468
        lex:franco	-0.0468
        lex:pure	-0.0468
        lex:saiu	-0.0468
        lex:std	-0.0468
        lex:a lecce	-0.0469
        lex:namur	-0.0469
        lex:vibes	-0.0469
        lex:voces usam	-0.0469
        lex:you to	-0.0469
        lex:che sorpresa	-0.047
        lex:is rare	-0.047
        lex:madrid	-0.047
        lex:party	-0.047
        lex:slot	-0.047
        lex:s fine	-0.0471
        lex:uguale	-0.0471
        lex:valeu cada	-0.0471
        lex:vetrina	-0.0471
        lex:embalado	-0.0472
        lex:gegeten	-0.0472
        lex:klaar	-0.0472
        lex:bestanden	-0.0473
        lex:for free	-0.0473
        lex:gehort	-0.0473
        lex:interesting post	-0.0473
        lex:la region	-0.0473
        lex:de julio	-0.0474
        lex:envoyer	-0.0474
        lex:edition	-0.0475
        lex:encontramos	-0.0475
        lex:mein	-0.0475
        lex:compraria de	-0.0476
        lex:laburo	-0.0476
        lex:numa	-0.0476
        lex:il listino	-0.0477
        lex:m acca	-0.0477
        lex:meh	-0.0477
        lex:qualified and	-0.0477
        lex:ahora si	-0.0478
        lex:dank jullie	-0.0478
        lex:jullie wel	-0.0478
        lex:konnten	-0.0479
        lex:meglio	-0.0479
        lex:la settimana	-0.048
        lex:otimo	-0.048
        lex:a adore	-0.0481
        lex:knieoperatie	-0.0481
        lex:legend	-0.0481
        lex:mijn knieoperatie	-0.0481
        lex:na mijn	-0.0481
        lex:lado	-0.0482
        lex:on recommande	-0.0482
        lex:rappresento	-0.0482
        lex:rappresento una	-0.0482
        lex:froid	-0.0483
        lex:you but	-0.0483
        lex:bieten	-0.0484
        lex:gia fatto	-0.0484
        lex:snel	-0.0484
        lex:stopt	-0.0484
        lex:tidy	-0.0484
        lex:best decision	-0.0485
        lex:decision	-0.0485
        lex:devolvieron el	-0.0485
        lex:flying	-0.0485
        lex:flying with	-0.0485
        lex:never flying	-0.0485
        lex:hol	-0.0486
        lex:jederzeit	-0.0486
        lex:jederzeit wieder	-0.0486
        lex:passei no	-0.0486
        lex:bologna e	-0.0487
        lex:collab	-0.0487
        lex:for what	-0.0487
        lex:memes	-0.0487
        lex:puedo pasar	-0.0487
        lex:heel	-0.0488
        lex:personal	-0.0488
        lex:posso mandare	-0.0488
        lex:media	-0.0489
        lex:dejo mi	-0.049
        lex:mi cv	-0.049
        lex:os dejo	-0.049
        lex:fatto la	-0.0491
        lex:fue	-0.0491
        lex:exito	-0.0492
        lex:i fiori	-0.0492
        lex:service weer	-0.0492
        lex:un exito	-0.0492
        lex:lo lleve	-0.0493
        lex:zwei	-0.0493
        lex:fermiez	-0.0494
        lex:nem	-0.0494
        lex:vous fermiez	-0.0494
        lex:cosi cosi	-0.0495
        lex:ding	-0.0495
        lex:acai	-0.0496
        lex:frio	-0.0496
        lex:grusse vom	-0.0496
        lex:buren	-0.0497
        lex:de buren	-0.0497
        lex:dem foto	-0.0497
        lex:ay	-0.0498
        lex:ay que	-0.0498
        lex:che bel	-0.0498
        lex:mio	-0.0498
        lex:with no	-0.0498
        lex:carro a	-0.0499
        lex:fue un	-0.0499
        lex:ik deze	-0.05
        lex:devs	-0.0501
        lex:leads	-0.0501
        lex:pequeno almoco	-0.0501
        lex:tochter	-0.0501
        lex:horeca	-0.0502
        lex:k o	-0.0502
        lex:walked past	-0.0502
        lex:desk	-0.0503
        lex:die prijsverhoging	-0.0503
        lex:esposito	-0.0504
        lex:reifenwechsel	-0.0504
        lex:somos una	-0.0504
        lex:anos y	-0.0505
        lex:appointment	-0.0505
        lex:bellissimo	-0.0505
        lex:entra	-0.0505
        lex:franchement rien	-0.0505
        lex:grazie per	-0.0505
        lex:my appointment	-0.0505
        lex:near	-0.0505
        lex:past my	-0.0505
        lex:stunden	-0.0505
        lex:teuer geworden	-0.0505
        lex:wel een	-0.0505
        lex:le geste	-0.0506
        lex:manutencao	-0.0506
        lex:ah ecco	-0.0507
        lex:community	-0.0507
        lex:complimenti per	-0.0507
        lex:du nach	-0.0507
        lex:leiwand	-0.0508
        lex:moniteur	-0.0508
        lex:compris	-0.0509
        lex:een dakkapel	-0.0509
        lex:estan buscando	-0.0509
        lex:amei o	-0.051
        lex:cambiamos	-0.051
        lex:nos cambiamos	-0.051
        lex:qui s	-0.051
        lex:sarah	-0.051
        lex:you can	-0.051
        lex:avocat	-0.0511
        lex:de dolor	-0.0511
        lex:liefern	-0.0511
        lex:olha isso	-0.0511
        lex:spotless	-0.0511
        lex:what do	-0.0511
        lex:intervention	-0.0512
        lex:phishing	-0.0512
        lex:que el	-0.0512
        lex:contact me	-0.0513
        lex:francesinha	-0.0513
        lex:jahrigen	-0.0513
        lex:the refund	-0.0513
        lex:y etait	-0.0513
        lex:coach	-0.0514
        lex:e puntuali	-0.0514
        lex:experiencia en	-0.0514
        lex:genre	-0.0514
        lex:rico pero	-0.0514
        lex:is verholpen	-0.0515
        lex:it at	-0.0515
        lex:look like	-0.0515
        lex:usi	-0.0515
        lex:verholpen	-0.0515
        lex:yrs experience	-0.0515
        lex:du mois	-0.0516
        lex:fenster	-0.0516
        lex:fin du	-0.0516
        lex:nonna	-0.0516
        lex:sur mon	-0.0516
        lex:ago and	-0.0517
        lex:coffee	-0.0517
        lex:buena atencion	-0.0518
        lex:razoavel	-0.0518
        lex:the chef	-0.0518
        lex:doce	-0.0519
        lex:fine now	-0.0519
        lex:lol the	-0.0519
        lex:shed	-0.0519
        lex:strong	-0.0519
        lex:una margherita	-0.0519
        lex:articulo	-0.052
        lex:custa	-0.052
        lex:definitely use	-0.052
        lex:ligar	-0.052
        lex:thanks to	-0.052
        lex:was at	-0.052
        lex:aangifte	-0.0521
        lex:avec mon	-0.0521
        lex:driver	-0.0521
        lex:ihn	-0.0521
        lex:shout	-0.0521
        lex:shout out	-0.0521
        lex:un ano	-0.0521
        lex:aux	-0.0522
        lex:otro lado	-0.0522
        lex:a discount	-0.0523
        lex:discount	-0.0523
        lex:jamais les	-0.0523
        lex:les pieds	-0.0523
        lex:pieds	-0.0523
        lex:remettrai	-0.0523
        lex:remettrai jamais	-0.0523
        lex:ich noch	-0.0524
        lex:installer	-0.0524
        lex:l abbiamo	-0.0524
        lex:marca	-0.0524
        lex:a burst	-0.0525
        lex:a quick	-0.0525
        lex:burst	-0.0525
        lex:burst pipe	-0.0525
        lex:la deco	-0.0525
        lex:pipe	-0.0525
        lex:a trainee	-0.0526
        lex:curiosidade mesmo	-0.0526
        lex:geil	-0.0526
        lex:trainee	-0.0526
        lex:as a	-0.0527
        lex:da urlo	-0.0527
        lex:dad s	-0.0527
        lex:grazie ragazzi	-0.0527
        lex:ho preso	-0.0527
        lex:mejores	-0.0527
        lex:sorted now	-0.0527
        lex:urlo	-0.0527
        lex:loud	-0.0528
        lex:prochain	-0.0528
        lex:pulizia	-0.0528
        lex:chef s	-0.053
        lex:kiss	-0.053
        lex:lote	-0.053
        lex:presa al	-0.053
        lex:s kiss	-0.053
        lex:aanrader	-0.0531
        lex:bail	-0.0531
        lex:naar een	-0.0531
        lex:tree	-0.0531
        lex:chi ha	-0.0533
        lex:every time	-0.0533
        lex:de primeira	-0.0534
        lex:in bio	-0.0534
        lex:hulp	-0.0535
        lex:encore a	-0.0536
        lex:partnership	-0.0536
        lex:sabado en	-0.0536
        lex:se fosse	-0.0536
        lex:gato	-0.0537
        lex:le meilleur	-0.0537
        lex:pf	-0.0537
        lex:react	-0.0537
        lex:we ve	-0.0537
        lex:best fade	-0.0538
        lex:en orden	-0.0538
        lex:lixo de	-0.0538
        lex:para una	-0.0538
        lex:schon die	-0.0538
        lex:the other	-0.0538
        lex:dolor	-0.0539
        lex:ja caiu	-0.0539
        lex:patente presa	-0.0539
        lex:schoon	-0.0539
        lex:ambiance	-0.054
        lex:bist du	-0.054
        lex:con precios	-0.054
        lex:wer hat	-0.054
        lex:entschuldigung	-0.0541
        lex:entschuldigung mehr	-0.0541
        lex:keine entschuldigung	-0.0541
        lex:la pista	-0.0541
        lex:on time	-0.0541
        lex:sauber	-0.0541
        lex:bestelling	-0.0542
        lex:filiale	-0.0542
        lex:filiale in	-0.0542
        lex:hand	-0.0542
        lex:the before	-0.0542
        lex:done by	-0.0543
        lex:e preciso	-0.0543
        lex:euren	-0.0543
        lex:naja	-0.0543
        lex:pagaria	-0.0543
        lex:termine	-0.0543
        lex:y me	-0.0543
        lex:bel posto	-0.0544
        lex:found a	-0.0544
        lex:mr	-0.0544
        lex:lieg	-0.0545
        lex:merci a	-0.0545
        lex:sigan	-0.0545
        lex:war letzten	-0.0545
        lex:me just	-0.0546
        lex:nossa que	-0.0546
        lex:reichweite	-0.0546
        lex:vero	-0.0546
        lex:anwalt	-0.0547
        lex:celular	-0.0547
        lex:ihr die	-0.0547
        lex:la difference	-0.0547
        lex:la misma	-0.0547
        lex:misma	-0.0547
        lex:photographer	-0.0547
        lex:por el	-0.0547
        lex:duur	-0.0548
        lex:waited	-0.0548
        lex:arrasou	-0.0549
        lex:opgezegd	-0.0549
        lex:chez eux	-0.055
        lex:das foto	-0.055
        lex:eux	-0.055
        lex:lo iba	-0.055
        lex:lost my	-0.055
        lex:pulito	-0.055
        lex:pulito e	-0.055
        lex:acca	-0.0551
        lex:acca part	-0.0551
        lex:attendu	-0.0551
        lex:motivo	-0.0551
        lex:onderweg	-0.0551
        lex:part qualified	-0.0551
        lex:quick delivery	-0.0551
        lex:a otra	-0.0552
        lex:but my	-0.0552
        lex:spedizione	-0.0552
        lex:de fou	-0.0553
        lex:every single	-0.0553
        lex:night and	-0.0553
        lex:packaging	-0.0553
        lex:perfecto	-0.0553
        lex:single one	-0.0553
        lex:again if	-0.0554
        lex:del nostro	-0.0554
        lex:gekundigt	-0.0554
        lex:malaga	-0.0554
        lex:passed first	-0.0554
        lex:ai porte	-0.0555
        lex:porte plainte	-0.0555
        lex:and team	-0.0556
        lex:cambio gomme	-0.0556
        lex:gomme	-0.0556
        lex:honnete	-0.0556
        lex:maar ze	-0.0556
        lex:mi prima	-0.0556
        lex:un poco	-0.0556
        lex:alguem ja	-0.0557
        lex:encantaria ser	-0.0557
        lex:estan	-0.0557
        lex:igualito	-0.0557
        lex:pero el	-0.0557
        lex:dag later	-0.0559
        lex:dan afgesproken	-0.0559
        lex:i was	-0.0559
        lex:stolen	-0.0559
        lex:surement	-0.0559
        lex:a equipa	-0.056
        lex:comprata	-0.056
        lex:latino	-0.056
        lex:le reseau	-0.056
        lex:meme	-0.056
        lex:reseau	-0.056
        lex:delicia	-0.0561
        lex:never again	-0.0561
        lex:anniversary	-0.0562
        lex:der oma	-0.0562
        lex:luigi	-0.0562
        lex:air	-0.0563
        lex:air trop	-0.0563
        lex:ca a	-0.0563
        lex:l air	-0.0563
        lex:libreria	-0.0563
        lex:trop bon	-0.0563
        lex:else s	-0.0564
        lex:friseur	-0.0564
        lex:supplier	-0.0564
        lex:desisti	-0.0565
        lex:fait d	-0.0565
        lex:mandare	-0.0565
        lex:woche	-0.0565
        lex:anche io	-0.0566
        lex:noch verstarkung	-0.0566
        lex:passado e	-0.0566
        lex:verstarkung	-0.0566
        lex:impeccable	-0.0568
        lex:lehrer	-0.0568
        lex:quelle surprise	-0.0568
        lex:rivenditori	-0.0568
        lex:surprise	-0.0568
        lex:hermoso	-0.057
        lex:tanto	-0.057
        lex:nimmer	-0.0571
        lex:our anniversary	-0.0571
        lex:foto s	-0.0572
        lex:namens	-0.0572
        lex:namens de	-0.0572
        lex:first time	-0.0573
        lex:tiktok	-0.0573
        lex:a sunday	-0.0574
        lex:programa	-0.0574
        lex:remember	-0.0574
        lex:sieht mega	-0.0574
        lex:torniamo	-0.0574
        lex:kurze	-0.0575
        lex:esta foto	-0.0576
        lex:fertig	-0.0576
        lex:mandare il	-0.0576
        lex:decent	-0.0577
        lex:einem jahr	-0.0577
        lex:noch nen	-0.0578
        lex:me ne	-0.0579
        lex:parking is	-0.0579
        lex:e to	-0.058
        lex:falls ihr	-0.058
        lex:single	-0.0581
        lex:y sigue	-0.0581
        lex:em marco	-0.0582
        lex:periodo	-0.0582
        lex:calm	-0.0583
        lex:mayor	-0.0583
        lex:recommended	-0.0583
        lex:a wahnsinn	-0.0584
        lex:fornecedores	-0.0584
        lex:nooit meer	-0.0584
        lex:preco	-0.0584
        lex:who did	-0.0584
        lex:aniversario	-0.0585
        lex:bijzonders	-0.0585
        lex:janeiro	-0.0585
        lex:open op	-0.0585
        lex:proveedores	-0.0586
        lex:sue	-0.0586
        lex:dat in	-0.0587
        lex:impeccabile	-0.0587
        lex:minuti di	-0.0587
        lex:no se	-0.0587
        lex:servizio impeccabile	-0.0587
        lex:amei	-0.0588
        lex:guter	-0.0589
        lex:guter beitrag	-0.0589
        lex:lieferung kam	-0.0589
        lex:punktlich	-0.0589
        lex:sehr guter	-0.0589
        lex:volle	-0.0589
        lex:volle zustimmung	-0.0589
        lex:zustimmung	-0.0589
        lex:machen	-0.059
        lex:prenotare il	-0.059
        lex:shop	-0.059
        lex:peine de	-0.0591
        lex:nachts	-0.0592
        lex:eigen	-0.0593
        lex:portfolio	-0.0593
        lex:whole thing	-0.0594
        lex:erreichbar	-0.0595
        lex:heat	-0.0595
        lex:a pris	-0.0597
        lex:achete	-0.0597
        lex:non voglio	-0.0597
        lex:herrn	-0.0598
        lex:esta muito	-0.06
        lex:great webinar	-0.06
        lex:webinar	-0.06
        lex:correcte	-0.0601
        lex:dove	-0.0601
        lex:o reembolso	-0.0601
        lex:procuro	-0.0601
        lex:seu	-0.0601
        lex:op m	-0.0602
        lex:sorted it	-0.0602
        lex:cette semaine	-0.0603
        lex:cuanto cuesta	-0.0603
        lex:followers	-0.0603
        lex:moment	-0.0603
        lex:rasgou	-0.0603
        lex:rasgou no	-0.0603
        lex:spedizione veloce	-0.0603
        lex:working now	-0.0603
        lex:linkedin	-0.0604
        lex:il negozio	-0.0605
        lex:produit	-0.0605
        lex:sommes une	-0.0605
        lex:to amando	-0.0605
        lex:consigliatissimi	-0.0606
        lex:precisa	-0.0606
        lex:receptionist	-0.0606
        lex:contador	-0.0607
        lex:equipa	-0.0607
        lex:falar	-0.0607
        lex:nen	-0.0607
        lex:sync	-0.0607
        lex:bouquet	-0.0608
        lex:java	-0.0608
        lex:hay que	-0.0609
        lex:iba a	-0.0609
        lex:ja abri	-0.0609
        lex:role	-0.061
        lex:todo con	-0.061
        lex:besoin de	-0.0611
        lex:by my	-0.0611
        lex:alguna	-0.0612
        lex:bist	-0.0612
        lex:harbour	-0.0612
        lex:sterk	-0.0612
        lex:de floripa	-0.0613
        lex:did the	-0.0613
        lex:due anni	-0.0613
        lex:estagio	-0.0613
        lex:geholt	-0.0613
        lex:bath	-0.0614
        lex:ben al	-0.0614
        lex:erste	-0.0614
        lex:month for	-0.0614
        lex:prezzo della	-0.0614
        lex:bella	-0.0615
        lex:from our	-0.0615
        lex:nativos	-0.0615
        lex:did my	-0.0616
        lex:tho	-0.0616
        lex:a musica	-0.0617
        lex:being	-0.0617
        lex:boek	-0.0619
        lex:leuk	-0.0619
        lex:love	-0.0619
        lex:unfreundlich	-0.0619
        lex:auto	-0.062
        lex:el dj	-0.062
        lex:priya	-0.062
        lex:ricotta	-0.062
        lex:via	-0.062
        lex:a liege	-0.0621
        lex:om te	-0.0621
        lex:parkeren	-0.0621
        lex:recebi	-0.0621
        lex:the sale	-0.0621
        lex:trovo	-0.0621
        lex:aperti	-0.0622
        lex:een kennismaking	-0.0622
        lex:einwandfrei	-0.0622
        lex:floripa	-0.0622
        lex:kennismaking	-0.0622
        lex:notig	-0.0622
        lex:occhiali	-0.0622
        lex:de regio	-0.0623
        lex:ora	-0.0623
        lex:session	-0.0623
        lex:ab april	-0.0624
        lex:amo pagar	-0.0624
        lex:correcto	-0.0624
        lex:een dag	-0.0624
        lex:this colour	-0.0624
        lex:repariert	-0.0625
        lex:zetten	-0.0625
        lex:azulejos	-0.0626
        lex:sara	-0.0626
        lex:uff	-0.0626
        lex:dagen onderweg	-0.0627
        lex:van t	-0.0627
        lex:aunque	-0.0628
        lex:fine for	-0.0628
        lex:queste	-0.0628
        lex:a dubai	-0.0629
        lex:caffe	-0.0629
        lex:oder ist	-0.0629
        lex:vamos	-0.0629
        lex:consultoria	-0.063
        lex:charger	-0.0631
        lex:coup ou	-0.0631
        lex:cuesta	-0.0631
        lex:point	-0.0631
        lex:comte	-0.0632
        lex:yet	-0.0632
        lex:de reclamacoes	-0.0634
        lex:livro	-0.0634
        lex:livro de	-0.0634
        lex:reclamacoes	-0.0634
        lex:let s	-0.0635
        lex:abri	-0.0636
        lex:all good	-0.0636
        lex:but they	-0.0636
        lex:spot on	-0.0636
        lex:zin	-0.0636
        lex:zin in	-0.0636
        lex:boa mas	-0.0637
        lex:hamburguer	-0.0637
        lex:premio	-0.0637
        lex:mandem mais	-0.0638
        lex:morgens	-0.0638
        lex:uhr morgens	-0.0638
        lex:veloci	-0.0638
        lex:experienced	-0.0639
        lex:por privado	-0.0639
        lex:todas	-0.0639
        lex:ieri	-0.064
        lex:lascio	-0.064
        lex:nuestro	-0.064
        lex:possiamo proporvi	-0.064
        lex:prutsers	-0.064
        lex:seguidores	-0.0641
        lex:besonderes	-0.0642
        lex:de tijd	-0.0642
        lex:is zo	-0.0642
        lex:la de	-0.0642
        lex:nix besonderes	-0.0642
        lex:stare	-0.0642
        lex:blonde	-0.0643
        lex:con la	-0.0643
        lex:desayuno	-0.0643
        lex:horno	-0.0643
        lex:ma blonde	-0.0643
        lex:accord	-0.0644
        lex:d accord	-0.0644
        lex:he was	-0.0644
        lex:semaine derniere	-0.0644
        lex:top service	-0.0644
        lex:der bus	-0.0645
        lex:esperei	-0.0645
        lex:mas esperei	-0.0645
        lex:noutra	-0.0645
        lex:cover	-0.0646
        lex:the deposit	-0.0646
        lex:brother in	-0.0647
        lex:cambiar la	-0.0648
        lex:valait chaque	-0.0649
        lex:el wifi	-0.065
        lex:wifi no	-0.065
        lex:chiamatemi piu	-0.0651
        lex:lembra da	-0.0651
        lex:non chiamatemi	-0.0651
        lex:router	-0.0651
        lex:these is	-0.0651
        lex:cancelled	-0.0652
        lex:seguir	-0.0652
        lex:bonne	-0.0653
        lex:dicht	-0.0653
        lex:dicono	-0.0653
        lex:o t2	-0.0654
        lex:spannender	-0.0654
        lex:spannender beitrag	-0.0654
        lex:may	-0.0655
        lex:migliore di	-0.0655
        lex:permis	-0.0655
        lex:to a	-0.0655
        lex:bus	-0.0656
        lex:desde otro	-0.0656
        lex:gebruik	-0.0656
        lex:is wel	-0.0656
        lex:overgestapt	-0.0656
        lex:zo n	-0.0656
        lex:gefeliciteerd	-0.0657
        lex:manchmal	-0.0657
        lex:niveau	-0.0657
        lex:o app	-0.0657
        lex:plainte	-0.0657
        lex:na semana	-0.0658
        lex:wieder mal	-0.0658
        lex:deposit	-0.0659
        lex:je recommanderais	-0.0659
        lex:melhor	-0.0659
        lex:recommanderais	-0.0659
        lex:back out	-0.066
        lex:nemen	-0.066
        lex:parece	-0.066
        lex:boiler s	-0.0661
        lex:de madrid	-0.0661
        lex:gecorrigeerd	-0.0662
        lex:heut	-0.0662
        lex:kilo de	-0.0662
        lex:noch mit	-0.0662
        lex:o do	-0.0663
        lex:disponibilidad	-0.0665
        lex:distribuidores	-0.0665
        lex:distribuidores de	-0.0665
        lex:l ete	-0.0665
        lex:pague	-0.0665
        lex:pague la	-0.0665
        lex:somos distribuidores	-0.0665
        lex:the lamb	-0.0665
        lex:versturen	-0.0665
        lex:ayoye	-0.0666
        lex:ayoye la	-0.0666
        lex:la neige	-0.0666
        lex:la tire	-0.0666
        lex:meer op	-0.0666
        lex:neige	-0.0666
        lex:qui a	-0.0666
        lex:raclette	-0.0666
        lex:tire	-0.0666
        lex:tire sur	-0.0666
        lex:e vorrebbe	-0.0667
        lex:vorrebbe	-0.0667
        lex:new dog	-0.0668
        lex:todo ok	-0.0668
        lex:amostras	-0.0669
        lex:my mum	-0.0669
        lex:reembolso	-0.067
        lex:sei se	-0.067
        lex:wer macht	-0.067
        lex:em minas	-0.0671
        lex:hab mir	-0.0671
        lex:marta	-0.0671
        lex:patience	-0.0671
        lex:patience avec	-0.0671
        lex:antiga	-0.0672
        lex:interesa mucho	-0.0672
        lex:sans plus	-0.0672
        lex:fica o	-0.0673
        lex:cv por	-0.0674
        lex:hype	-0.0674
        lex:tant	-0.0674
        lex:tant pis	-0.0674
        lex:mira	-0.0676
        lex:jean	-0.0677
        lex:volveria sin	-0.0677
        lex:do jardim	-0.0679
        lex:jardim da	-0.0679
        lex:what i	-0.0679
        lex:wow	-0.068
        lex:contacto	-0.0681
        lex:el esmalte	-0.0681
        lex:esmalte	-0.0681
        lex:nur noch	-0.0681
        lex:pour de	-0.0681
        lex:sao	-0.0681
        lex:el soporte	-0.0682
        lex:soporte	-0.0682
        lex:voces tem	-0.0682
        lex:coming back	-0.0684
        lex:kev	-0.0685
        lex:maar goed	-0.0685
        lex:you again	-0.0685
        lex:a um	-0.0687
        lex:ai hate	-0.0687
        lex:el intensivo	-0.0687
        lex:leche	-0.0687
        lex:prix correct	-0.0687
        lex:chapeau	-0.0688
        lex:tulips	-0.0688
        lex:outside	-0.0689
        lex:at my	-0.0692
        lex:auguri	-0.0692
        lex:auguri a	-0.0692
        lex:s wedding	-0.0692
        lex:dia do	-0.0693
        lex:se e	-0.0693
        lex:apresentar	-0.0694
        lex:artikel	-0.0694
        lex:que surpresa	-0.0694
        lex:surpresa	-0.0694
        lex:o oleo	-0.0695
        lex:oleo	-0.0695
        lex:pendant	-0.0695
        lex:bonta	-0.0696
        lex:che bonta	-0.0696
        lex:flyers	-0.0696
        lex:frau	-0.0696
        lex:academia	-0.0697
        lex:bought a	-0.0697
        lex:eens langs	-0.0697
        lex:vc	-0.0697
        lex:afinal	-0.0699
        lex:de namur	-0.0699
        lex:proporvi	-0.0699
        lex:at his	-0.0701
        lex:face	-0.0701
        lex:his little	-0.0701
        lex:in bath	-0.0701
        lex:little face	-0.0701
        lex:schee	-0.0702
        lex:are stunning	-0.0703
        lex:cloture	-0.0703
        lex:mais um	-0.0703
        lex:parabens a	-0.0703
        lex:al por	-0.0704
        lex:flor	-0.0704
        lex:little	-0.0704
        lex:msp	-0.0704
        lex:no quiero	-0.0704
        lex:out at	-0.0704
        lex:dank je	-0.0705
        lex:kitchen in	-0.0705
        lex:will das	-0.0705
        lex:calle	-0.0706
        lex:nagels	-0.0706
        lex:pair	-0.0706
        lex:mi vieja	-0.0708
        lex:s a	-0.0708
        lex:vieja	-0.0708
        lex:after is	-0.0709
        lex:an prochain	-0.0709
        lex:moving to	-0.0709
        lex:bonne continuation	-0.071
        lex:continuation	-0.071
        lex:s your	-0.071
        lex:went to	-0.071
        lex:in law	-0.0711
        lex:law	-0.0711
        lex:not interested	-0.0711
        lex:para cambiar	-0.0711
        lex:sorella	-0.0711
        lex:cunado	-0.0712
        lex:i need	-0.0712
        lex:mi cunado	-0.0712
        lex:l hiver	-0.0713
        lex:sick	-0.0713
        lex:anos	-0.0714
        lex:souvenir	-0.0714
        lex:owes	-0.0715
        lex:ersatz	-0.0716
        lex:la boda	-0.0716
        lex:mega aus	-0.0716
        lex:my bag	-0.0716
        lex:retournerai	-0.0717
        lex:y retournerai	-0.0717
        lex:atendimento nota	-0.0718
        lex:elle est	-0.0718
        lex:en janvier	-0.0718
        lex:euro voor	-0.0718
        lex:lixo	-0.0718
        lex:mudei	-0.0718
        lex:per curiosita	-0.0718
        lex:schmerzfrei	-0.0718
        lex:later	-0.0719
        lex:um dia	-0.0719
        lex:enough	-0.0721
        lex:virgin	-0.0721
        lex:ecco	-0.0722
        lex:gemaakt	-0.0722
        lex:nostro team	-0.0722
        lex:toujours	-0.0722
        lex:xv	-0.0722
        lex:as last	-0.0723
        lex:po	-0.0723
        lex:laptop	-0.0724
        lex:los xv	-0.0724
        lex:puntuali	-0.0724
        lex:finito	-0.0726
        lex:la pena	-0.0726
        lex:fietsen	-0.0727
        lex:geklart	-0.0727
        lex:euro per	-0.0728
        lex:same	-0.0728
        lex:buscando	-0.0729
        lex:as vezes	-0.073
        lex:resuelto	-0.073
        lex:esperienza	-0.0731
        lex:fiori	-0.0731
        lex:recrutez des	-0.0732
        lex:acordas	-0.0733
        lex:etre	-0.0733
        lex:te acordas	-0.0733
        lex:un mes	-0.0734
        lex:cobraron la	-0.0735
        lex:lange	-0.0736
        lex:autonomos	-0.0737
        lex:koopt	-0.0737
        lex:t bother	-0.0737
        lex:wie koopt	-0.0737
        lex:la app	-0.0738
        lex:malta	-0.0738
        lex:same guy	-0.0738
        lex:smart	-0.0738
        lex:la levee	-0.0739
        lex:levee	-0.0739
        lex:que pao	-0.074
        lex:cartao	-0.0741
        lex:que precios	-0.0741
        lex:tegen	-0.0741
        lex:vivir	-0.0741
        lex:mochten	-0.0743
        lex:for you	-0.0744
        lex:lot last	-0.0744
        lex:po di	-0.0744
        lex:sie mir	-0.0744
        lex:stop	-0.0745
        lex:respekt	-0.0746
        lex:seen	-0.0746
        lex:claims	-0.0747
        lex:kein	-0.0747
        lex:kom	-0.0747
        lex:ai fini	-0.0748
        lex:fini par	-0.0748
        lex:koeien	-0.0748
        lex:la hora	-0.0748
        lex:isso e	-0.0749
        lex:preciso de	-0.0749
        lex:anniversario	-0.075
        lex:bellissime	-0.075
        lex:cousin s	-0.075
        lex:de verdade	-0.075
        lex:den schnellen	-0.075
        lex:en ai	-0.075
        lex:para autonomos	-0.075
        lex:phone	-0.075
        lex:schnellen	-0.075
        lex:schnellen ruckruf	-0.075
        lex:comunione	-0.0751
        lex:il bagno	-0.0751
        lex:keys	-0.0751
        lex:lekker bezig	-0.0751
        lex:de tu	-0.0752
        lex:desagreable	-0.0752
        lex:elle	-0.0752
        lex:still no	-0.0752
        lex:a las	-0.0753
        lex:da hab	-0.0753
        lex:ich als	-0.0753
        lex:out looking	-0.0753
        lex:un po	-0.0753
        lex:bellissima	-0.0754
        lex:e pure	-0.0754
        lex:tiguan	-0.0754
        lex:a comprar	-0.0755
        lex:el desayuno	-0.0756
        lex:embreagem e	-0.0756
        lex:geschichte	-0.0756
        lex:i migliori	-0.0756
        lex:it to	-0.0756
        lex:migliori	-0.0756
        lex:eat	-0.0758
        lex:hiver la	-0.0758
        lex:you hiring	-0.0758
        lex:g	-0.0759
        lex:roma	-0.0759
        lex:salzburg	-0.0759
        lex:slow	-0.0759
        lex:and day	-0.0761
        lex:con que	-0.0761
        lex:sante	-0.0761
        lex:wochen zu	-0.0761
        lex:represento	-0.0762
        lex:sistemato	-0.0762
        lex:usam	-0.0762
        lex:lugar	-0.0763
        lex:merk	-0.0763
        lex:ich gleich	-0.0764
        lex:ir	-0.0764
        lex:o aviso	-0.0764
        lex:la maison	-0.0765
        lex:digan	-0.0766
        lex:orari	-0.0766
        lex:beschadigt	-0.0767
        lex:gij	-0.0768
        lex:me encanto	-0.0768
        lex:a festa	-0.0769
        lex:de limpieza	-0.0769
        lex:hoor	-0.0769
        lex:retard de	-0.0769
        lex:rude on	-0.0769
        lex:ergens	-0.077
        lex:ergens anders	-0.077
        lex:jemand die	-0.077
        lex:marido	-0.0771
        lex:voces estao	-0.0771
        lex:en otro	-0.0772
        lex:et a	-0.0773
        lex:would	-0.0773
        lex:om onze	-0.0774
        lex:el curso	-0.0775
        lex:je n	-0.0775
        lex:trabajo	-0.0775
        lex:el domingo	-0.0776
        lex:for our	-0.0776
        lex:uma fabrica	-0.0776
        lex:region	-0.0777
        lex:segunda	-0.0777
        lex:vo	-0.0777
        lex:dat de	-0.0778
        lex:formatura	-0.0778
        lex:gaat niet	-0.0778
        lex:niet door	-0.0778
        lex:bite	-0.0779
        lex:ouais	-0.0779
        lex:verdade	-0.0779
        lex:ads	-0.078
        lex:hochzeit	-0.078
        lex:delivery	-0.0781
        lex:massage	-0.0781
        lex:re	-0.0781
        lex:servicio	-0.0781
        lex:xv de	-0.0781
        lex:meer van	-0.0782
        lex:definitely	-0.0783
        lex:degustation	-0.0783
        lex:would definitely	-0.0783
        lex:enfants	-0.0784
        lex:ook een	-0.0784
        lex:hit	-0.0785
        lex:si hay	-0.0785
        lex:cette	-0.0786
        lex:nicked	-0.0786
        lex:hiver	-0.0787
        lex:lecce	-0.0787
        lex:be	-0.0788
        lex:tecnica	-0.0788
        lex:komen	-0.0789
        lex:petits	-0.0789
        lex:bei den	-0.079
        lex:lunch	-0.079
        lex:partage	-0.079
        lex:spielt	-0.079
        lex:al menos	-0.0792
        lex:cancel	-0.0792
        lex:staan	-0.0792
        lex:al een	-0.0793
        lex:drie	-0.0793
        lex:book a	-0.0794
        lex:dus	-0.0794
        lex:le stage	-0.0794
        lex:deadline	-0.0795
        lex:dice que	-0.0795
        lex:the deadline	-0.0795
        lex:wo ist	-0.0795
        lex:compren	-0.0796
        lex:gratuliere	-0.0796
        lex:no compren	-0.0796
        lex:nunca llego	-0.0796
        lex:offert	-0.0796
        lex:pris la	-0.0797
        lex:todo en	-0.0797
        lex:compre la	-0.0798
        lex:hurt	-0.0798
        lex:lago	-0.0798
        lex:re done	-0.0798
        lex:ga ik	-0.0799
        lex:attendre	-0.08
        lex:le prix	-0.08
        lex:novos	-0.08
        lex:compram	-0.0801
        lex:fatta	-0.0801
        lex:inschrijven	-0.0801
        lex:inschrijven voor	-0.0801
        lex:otra en	-0.0801
        lex:raga ma	-0.0801
        lex:took the	-0.0801
        lex:nao sei	-0.0802
        lex:to my	-0.0802
        lex:fantastisch	-0.0803
        lex:quien os	-0.0803
        lex:d un	-0.0805
        lex:gratis	-0.0805
        lex:needed	-0.0806
        lex:non	-0.0807
        lex:agosto e	-0.0808
        lex:ecoute	-0.0809
        lex:l ecoute	-0.0809
        lex:sorting it	-0.0809
        lex:war etwas	-0.0809
        lex:questa foto	-0.081
        lex:ses	-0.081
        lex:usa	-0.081
        lex:costs	-0.0811
        lex:el catalogo	-0.0812
        lex:schnell	-0.0812
        lex:good luck	-0.0813
        lex:i didn	-0.0813
        lex:luck with	-0.0813
        lex:a tiempo	-0.0816
        lex:centime	-0.0816
        lex:chaque centime	-0.0816
        lex:genauso	-0.0816
        lex:ich genauso	-0.0816
        lex:le coup	-0.0816
        lex:sehe	-0.0816
        lex:sehe ich	-0.0816
        lex:sono stata	-0.0816
        lex:vaut le	-0.0816
        lex:de tandarts	-0.0817
        lex:la pata	-0.0817
        lex:na foto	-0.0817
        lex:pata	-0.0817
        lex:hace un	-0.0818
        lex:llego y	-0.0818
        lex:my nan	-0.0818
        lex:s party	-0.0818
        lex:to work	-0.0818
        lex:agendar	-0.0819
        lex:bona	-0.0819
        lex:de acuerdo	-0.0819
        lex:hate	-0.0819
        lex:owner is	-0.0819
        lex:totalmente	-0.0819
        lex:totalmente de	-0.0819
        lex:schandalig	-0.082
        lex:schon	-0.0821
        lex:danke nochmal	-0.0822
        lex:pure a	-0.0822
        lex:cuenta	-0.0824
        lex:de markt	-0.0824
        lex:ma per	-0.0824
        lex:stars if	-0.0824
        lex:dispo	-0.0825
        lex:j achete	-0.0825
        lex:sell	-0.0825
        lex:kunden	-0.0827
        lex:report	-0.0827
        lex:weisst noch	-0.0827
        lex:aperto	-0.0828
        lex:stage	-0.0828
        lex:boca	-0.0829
        lex:buffet	-0.0829
        lex:clienti	-0.083
        lex:e eu	-0.083
        lex:juste	-0.083
        lex:the sourdough	-0.0831
        lex:aniversario do	-0.0832
        lex:einfach	-0.0832
        lex:kaputt	-0.0832
        lex:wij doen	-0.0832
        lex:uk	-0.0833
        lex:encantaria	-0.0834
        lex:comida	-0.0835
        lex:cada peso	-0.0836
        lex:me ligar	-0.0836
        lex:mi abuela	-0.0836
        lex:peso	-0.0836
        lex:vita	-0.0836
        lex:prendete	-0.0837
        lex:song in	-0.0837
        lex:the song	-0.0837
        lex:this reel	-0.0837
        lex:montag	-0.0838
        lex:anything	-0.0839
        lex:stond	-0.0839
        lex:terug met	-0.0839
        lex:di ieri	-0.084
        lex:monaten	-0.0841
        lex:poi ci	-0.0841
        lex:teu	-0.0841
        lex:nao	-0.0842
        lex:pere	-0.0842
        lex:bien pero	-0.0843
        lex:ik zit	-0.0843
        lex:mucho	-0.0843
        lex:hebben we	-0.0844
        lex:majos	-0.0844
        lex:picked	-0.0844
        lex:arreglarme	-0.0845
        lex:came through	-0.0845
        lex:ma questa	-0.0845
        lex:n en	-0.0845
        lex:questa e	-0.0845
        lex:representante	-0.0845
        lex:sou representante	-0.0845
        lex:unreal	-0.0845
        lex:das nur	-0.0846
        lex:in may	-0.0846
        lex:stoofvleessaus	-0.0847
        lex:a redire	-0.0849
        lex:e fui	-0.0849
        lex:encomenda	-0.0849
        lex:love it	-0.0849
        lex:mandarvi	-0.0849
        lex:redire	-0.0849
        lex:ihr habt	-0.085
        lex:sans	-0.085
        lex:un altra	-0.085
        lex:mari	-0.0851
        lex:santo	-0.0851
        lex:need one	-0.0852
        lex:gott	-0.0853
        lex:my cousin	-0.0853
        lex:s gott	-0.0853
        lex:vergelt	-0.0853
        lex:vergelt s	-0.0853
        lex:gewoon	-0.0854
        lex:jahren bei	-0.0854
        lex:na clinica	-0.0854
        lex:do corte	-0.0855
        lex:durf	-0.0855
        lex:encomenda chegou	-0.0855
        lex:cama	-0.0856
        lex:fruh	-0.0856
        lex:iedereen	-0.0856
        lex:everything	-0.0857
        lex:just to	-0.0857
        lex:pazzesco	-0.0857
        lex:fica pra	-0.0858
        lex:maleducado	-0.0858
        lex:was perfect	-0.0858
        lex:damals	-0.0859
        lex:inoubliable	-0.0859
        lex:novinho	-0.086
        lex:pour le	-0.086
        lex:ta novinho	-0.086
        lex:yes	-0.086
        lex:explain	-0.0861
        lex:me cobraron	-0.0862
        lex:use again	-0.0862
        lex:a kidney	-0.0864
        lex:ah oui	-0.0864
        lex:e quello	-0.0864
        lex:jetzt bei	-0.0864
        lex:kidney	-0.0864
        lex:konkurrenz	-0.0864
        lex:sell a	-0.0864
        lex:membership	-0.0865
        lex:to stand	-0.0865
        lex:anywhere	-0.0866
        lex:just like	-0.0866
        lex:like where	-0.0866
        lex:looks just	-0.0866
        lex:newsletter	-0.0866
        lex:regalato	-0.0866
        lex:tutto agosto	-0.0866
        lex:the two	-0.0867
        lex:aqui a	-0.0869
        lex:etait parfait	-0.0869
        lex:van vorige	-0.087
        lex:en geen	-0.0871
        lex:het is	-0.0871
        lex:ihr nicht	-0.0871
        lex:mais c	-0.0871
        lex:client injoignable	-0.0872
        lex:injoignable	-0.0872
        lex:o cafe	-0.0872
        lex:a partir	-0.0873
        lex:mia	-0.0875
        lex:trabalho	-0.0875
        lex:zaak	-0.0875
        lex:wilden jullie	-0.0876
        lex:come nuova	-0.0877
        lex:dieta	-0.0877
        lex:installateur	-0.0877
        lex:nur aus	-0.0877
        lex:stars	-0.0877
        lex:ma come	-0.0878
        lex:verschil	-0.0878
        lex:a bit	-0.0879
        lex:el kilo	-0.0879
        lex:immer noch	-0.0879
        lex:en retard	-0.088
        lex:licence	-0.088
        lex:we wilden	-0.088
        lex:wilden	-0.088
        lex:jullie en	-0.0881
        lex:kostenlos	-0.0881
        lex:on friday	-0.0881
        lex:pero las	-0.0881
        lex:queue	-0.0881
        lex:weg bij	-0.0881
        lex:prodotto	-0.0882
        lex:open voor	-0.0883
        lex:partir	-0.0883
        lex:do ano	-0.0884
        lex:friet	-0.0884
        lex:gino	-0.0884
        lex:papier	-0.0884
        lex:cousin	-0.0885
        lex:gaat er	-0.0885
        lex:heisst	-0.0885
        lex:heisst der	-0.0885
        lex:dat ik	-0.0886
        lex:moved to	-0.0887
        lex:zeker nog	-0.0887
        lex:lo quiero	-0.0888
        lex:geannuleerd	-0.0889
        lex:patio	-0.0889
        lex:enhorabuena	-0.0891
        lex:enhorabuena por	-0.0891
        lex:stone	-0.0891
        lex:charging	-0.0892
        lex:e um	-0.0892
        lex:la pulizia	-0.0892
        lex:pas un	-0.0892
        lex:case study	-0.0893
        lex:maar	-0.0893
        lex:study	-0.0893
        lex:abri reclamacao	-0.0894
        lex:for small	-0.0894
        lex:gedaan	-0.0894
        lex:les enfants	-0.0894
        lex:no reclame	-0.0894
        lex:reclamacao no	-0.0894
        lex:reclame aqui	-0.0894
        lex:consulta	-0.0895
        lex:suben	-0.0895
        lex:iscritto	-0.0896
        lex:jajaja mi	-0.0896
        lex:me devolvieron	-0.0896
        lex:rein	-0.0896
        lex:though	-0.0896
        lex:war schon	-0.0896
        lex:boiler in	-0.0897
        lex:del video	-0.0897
        lex:mi vida	-0.0897
        lex:paques	-0.0897
        lex:pas la	-0.0897
        lex:pero no	-0.0897
        lex:het een	-0.0899
        lex:wait	-0.0899
        lex:coup	-0.09
        lex:e faco	-0.09
        lex:comida bien	-0.0901
        lex:learned	-0.0901
        lex:vous recrutez	-0.0901
        lex:en serio	-0.0902
        lex:paar	-0.0902
        lex:gestion	-0.0903
        lex:the uk	-0.0903
        lex:absolute	-0.0904
        lex:ai deja	-0.0904
        lex:pasqua	-0.0904
        lex:tre mesi	-0.0904
        lex:fur a	-0.0905
        lex:ich den	-0.0905
        lex:ihr noch	-0.0905
        lex:e essa	-0.0907
        lex:frais	-0.0907
        lex:provider	-0.0907
        lex:serio	-0.0907
        lex:starting	-0.0907
        lex:modelo	-0.0908
        lex:eure	-0.091
        lex:c etait	-0.0911
        lex:les frais	-0.0911
        lex:bom dia	-0.0912
        lex:via een	-0.0912
        lex:ganzen	-0.0913
        lex:cambie	-0.0914
        lex:desses	-0.0914
        lex:me cambie	-0.0914
        lex:my old	-0.0914
        lex:y mi	-0.0914
        lex:maison	-0.0915
        lex:au chocolat	-0.0917
        lex:but	-0.0917
        lex:chocolat	-0.0917
        lex:mes passado	-0.0917
        lex:pain au	-0.0917
        lex:piu niente	-0.0917
        lex:en nog	-0.0918
        lex:insane	-0.0918
        lex:this place	-0.0918
        lex:grande	-0.092
        lex:na minha	-0.092
        lex:os pasteis	-0.092
        lex:acha	-0.0921
        lex:stunning	-0.0921
        lex:was rude	-0.0921
        lex:werkstatt	-0.0921
        lex:voi serve	-0.0922
        lex:de retard	-0.0923
        lex:service client	-0.0924
        lex:amou	-0.0925
        lex:horror	-0.0925
        lex:horror room	-0.0925
        lex:paid for	-0.0925
        lex:zo mooi	-0.0925
        lex:siamo stati	-0.0926
        lex:stati	-0.0926
        lex:an der	-0.0927
        lex:voor die	-0.0927
        lex:dit	-0.0928
        lex:culatello	-0.0929
        lex:fresque	-0.0929
        lex:fresque sur	-0.0929
        lex:join	-0.0929
        lex:la fresque	-0.0929
        lex:to join	-0.0929
        lex:fait le	-0.0931
        lex:if the	-0.0931
        lex:recomendo demais	-0.0931
        lex:caro	-0.0932
        lex:nachhilfe	-0.0932
        lex:pain	-0.0932
        lex:viejo	-0.0932
        lex:came out	-0.0934
        lex:flat	-0.0934
        lex:matricula gratis	-0.0934
        lex:annullato	-0.0935
        lex:caiu	-0.0935
        lex:condicoes	-0.0935
        lex:er een	-0.0935
        lex:larga	-0.0935
        lex:sucesso	-0.0935
        lex:che razza	-0.0936
        lex:dev	-0.0936
        lex:menu	-0.0936
        lex:razza	-0.0936
        lex:katalog	-0.0937
        lex:katalog schicken	-0.0937
        lex:pet	-0.0937
        lex:aprobe el	-0.0938
        lex:b2 a	-0.0938
        lex:bruno	-0.0938
        lex:confeitaria	-0.0938
        lex:pra confeitaria	-0.0938
        lex:primera gracias	-0.0938
        lex:and he	-0.0939
        lex:encanto	-0.0939
        lex:klaar mee	-0.0939
        lex:klare empfehlung	-0.0939
        lex:aprobe a	-0.094
        lex:exame	-0.094
        lex:o exame	-0.094
        lex:ooit	-0.094
        lex:stata	-0.094
        lex:anos de	-0.0942
        lex:aqui	-0.0942
        lex:podria	-0.0942
        lex:ai annule	-0.0943
        lex:down	-0.0944
        lex:suisse	-0.0945
        lex:a dani	-0.0948
        lex:locos	-0.0948
        lex:ma sto	-0.0948
        lex:preis passt	-0.0948
        lex:und ab	-0.0948
        lex:compania	-0.0949
        lex:logo	-0.0951
        lex:mi sono	-0.0951
        lex:propre	-0.0951
        lex:speeds	-0.0951
        lex:the difference	-0.0951
        lex:filha	-0.0952
        lex:minha filha	-0.0952
        lex:passes	-0.0954
        lex:atencion	-0.0956
        lex:lento	-0.0956
        lex:we did	-0.0956
        lex:ce sta	-0.0957
        lex:t need	-0.0958
        lex:case	-0.0959
        lex:afspraak	-0.096
        lex:devolvieron	-0.096
        lex:berichtje	-0.0961
        lex:een berichtje	-0.0961
        lex:viaggio	-0.0961
        lex:conforme	-0.0962
        lex:thanks for	-0.0962
        lex:erledigt	-0.0963
        lex:rustgevend	-0.0963
        lex:zo rustgevend	-0.0963
        lex:euer	-0.0964
        lex:on en	-0.0964
        lex:euch und	-0.0965
        lex:sicuramente	-0.0965
        lex:un cafe	-0.0965
        lex:e foi	-0.0966
        lex:suis en	-0.0966
        lex:pizza	-0.0968
        lex:ve been	-0.0968
        lex:game	-0.0969
        lex:honesto	-0.0969
        lex:ma quanto	-0.0969
        lex:google	-0.097
        lex:ik er	-0.0971
        lex:toll	-0.0971
        lex:what did	-0.0971
        lex:ahi	-0.0972
        lex:erstes	-0.0972
        lex:oro	-0.0973
        lex:maleducato	-0.0974
        lex:maleducato e	-0.0974
        lex:pista	-0.0974
        lex:consumo	-0.0976
        lex:days to	-0.0976
        lex:en consumo	-0.0976
        lex:to answer	-0.0976
        lex:a place	-0.0977
        lex:brauchts	-0.0977
        lex:mesmo	-0.0978
        lex:condicoes especiais	-0.0979
        lex:especiais	-0.0979
        lex:hiring	-0.0979
        lex:proficiat met	-0.0979
        lex:marco	-0.098
        lex:ondanks	-0.098
        lex:pregunto en	-0.098
        lex:entrega	-0.0982
        lex:feira	-0.0982
        lex:nunca mais	-0.0983
        lex:weisst no	-0.0983
        lex:maybe	-0.0984
        lex:saw the	-0.0985
        lex:moyen	-0.0986
        lex:warmepumpe	-0.0987
        lex:ik wachtte	-0.0988
        lex:more	-0.0988
        lex:terwijl	-0.0988
        lex:terwijl ik	-0.0988
        lex:wachtte	-0.0988
        lex:ja comprei	-0.0989
        lex:pasamos	-0.099
        lex:netjes	-0.0991
        lex:pris	-0.0991
        lex:veloce	-0.0991
        lex:quanto e	-0.0992
        lex:de storing	-0.0994
        lex:prazo	-0.0994
        lex:empfehlung	-0.0995
        lex:pasado y	-0.0995
        lex:weeks with	-0.0995
        lex:bezig	-0.0997
        lex:obsessed	-0.0997
        lex:cancelled my	-0.0998
        lex:pricey	-0.0998
        lex:abbia mai	-0.0999
        lex:de experiencia	-0.0999
        lex:strauss	-0.0999
        lex:produtos	-0.1
        lex:sorpresa	-0.1
        lex:with this	-0.1
        lex:de seo	-0.1001
        lex:den ganzen	-0.1001
        lex:ganzen laden	-0.1001
        lex:aber die	-0.1002
        lex:ask	-0.1002
        lex:auf die	-0.1002
        lex:bij een	-0.1002
        lex:anyway	-0.1003
        lex:bed in	-0.1003
        lex:de sitio	-0.1003
        lex:this town	-0.1003
        lex:bei uns	-0.1004
        lex:mundo	-0.1004
        lex:concurrence	-0.1005
        lex:de lujo	-0.1005
        lex:here and	-0.1005
        lex:la concurrence	-0.1005
        lex:lujo	-0.1005
        lex:pasamos un	-0.1005
        lex:scrivimi	-0.1005
        lex:we eens	-0.1005
        lex:mensen	-0.1006
        lex:love paying	-0.1008
        lex:mein schwager	-0.1008
        lex:schwager	-0.1008
        lex:for getting	-0.1009
        lex:aviso	-0.101
        lex:app down	-0.1013
        lex:eleves en	-0.1013
        lex:su equipo	-0.1013
        lex:employed	-0.1014
        lex:intervention rapide	-0.1014
        lex:me inschrijven	-0.1014
        lex:self employed	-0.1014
        lex:van de	-0.1014
        lex:autant	-0.1015
        lex:deserved	-0.1015
        lex:well deserved	-0.1015
        lex:al mese	-0.1017
        lex:desastre	-0.1017
        lex:un desastre	-0.1017
        lex:avec	-0.1018
        lex:honestos	-0.1018
        lex:ma alla	-0.1018
        lex:komt	-0.1019
        lex:parti	-0.1019
        lex:resilie et	-0.1019
        lex:compte	-0.102
        lex:scritto per	-0.102
        lex:ended	-0.1022
        lex:ended up	-0.1022
        lex:sorting	-0.1022
        lex:a ticket	-0.1023
        lex:answer a	-0.1023
        lex:eens sparren	-0.1024
        lex:sparren	-0.1024
        lex:dimanche soir	-0.1026
        lex:interessante	-0.1026
        lex:a namur	-0.1027
        lex:profes	-0.1027
        lex:regal	-0.1027
        lex:servizio	-0.1027
        lex:geregeld	-0.1028
        lex:hein	-0.1028
        lex:mad	-0.1028
        lex:nou	-0.1028
        lex:sourdough	-0.1028
        lex:nie wieder	-0.1029
        lex:nous sommes	-0.1029
        lex:sommes	-0.1029
        lex:punkt	-0.1031
        lex:s voor	-0.1031
        lex:vieux	-0.1031
        lex:het werk	-0.1032
        lex:ist echt	-0.1032
        lex:saw	-0.1032
        lex:peut	-0.1033
        lex:anni fa	-0.1034
        lex:la primera	-0.1034
        lex:meu marido	-0.1034
        lex:oi	-0.1034
        lex:que la	-0.1036
        lex:buy this	-0.1037
        lex:moda	-0.1037
        lex:nada de	-0.1037
        lex:the owner	-0.1037
        lex:vous nous	-0.1037
        lex:era al	-0.1038
        lex:kat	-0.1038
        lex:met het	-0.1038
        lex:zoeken voor	-0.1038
        lex:al bij	-0.1039
        lex:zit al	-0.1039
        lex:gunstig	-0.104
        lex:de notre	-0.1041
        lex:proud	-0.1043
        lex:wish	-0.1043
        lex:festa da	-0.1044
        lex:met jullie	-0.1044
        lex:photo c	-0.1045
        lex:aus wie	-0.1046
        lex:cried	-0.1046
        lex:marco e	-0.1046
        lex:sieht aus	-0.1046
        lex:de app	-0.1047
        lex:eruit	-0.1048
        lex:eruit in	-0.1048
        lex:lang	-0.1048
        lex:past	-0.1048
        lex:difference entre	-0.1049
        lex:minutos	-0.1049
        lex:quick	-0.1049
        lex:a posto	-0.105
        lex:duvida	-0.1051
        lex:j y	-0.1051
        lex:depois de	-0.1052
        lex:open to	-0.1053
        lex:kids blij	-0.1054
        lex:levei o	-0.1054
        lex:consegna	-0.1055
        lex:else in	-0.1055
        lex:geboekt	-0.1055
        complaint	-0.1056
        lex:ate hoje	-0.1056
        lex:recrutez vous	-0.1057
        lex:chegou em	-0.1058
        lex:martes	-0.106
        lex:wollten	-0.106
        lex:back i	-0.1061
        lex:il cambio	-0.1061
        lex:op	-0.1061
        lex:por una	-0.1062
        lex:that i	-0.1062
        lex:la nuova	-0.1063
        lex:told me	-0.1063
        lex:tan rapido	-0.1064
        lex:bonjour	-0.1065
        lex:la calle	-0.1065
        lex:valgono	-0.1065
        lex:anche per	-0.1066
        lex:fijne	-0.1067
        lex:nan s	-0.1067
        lex:zoeken jullie	-0.1067
        lex:that a	-0.1068
        lex:bodas	-0.1069
        lex:t tell	-0.1069
        lex:kaffee	-0.1071
        lex:livraison rapide	-0.1071
        lex:camara	-0.1072
        lex:normal for	-0.1072
        lex:que camara	-0.1072
        lex:boulot	-0.1073
        lex:fuss	-0.1073
        lex:gebucht	-0.1073
        lex:again in	-0.1074
        lex:iemand	-0.1074
        lex:miglior	-0.1074
        lex:meilleure	-0.1076
        lex:obsessed with	-0.1076
        lex:une fois	-0.1076
        lex:echte	-0.1077
        lex:prachtig	-0.1077
        lex:e solo	-0.1078
        lex:che obiettivo	-0.1079
        lex:e arrivato	-0.1079
        lex:geleden	-0.1079
        lex:hai usato	-0.1079
        lex:obiettivo	-0.1079
        lex:obiettivo hai	-0.1079
        lex:un altro	-0.1079
        lex:usato	-0.1079
        lex:for an	-0.108
        lex:ailleurs	-0.1081
        lex:nog mensen	-0.1081
        lex:rien a	-0.1081
        lex:faire	-0.1082
        lex:hai	-0.1082
        lex:to	-0.1082
        lex:le fait	-0.1083
        lex:era um	-0.1084
        lex:kon	-0.1084
        lex:pero que	-0.1084
        lex:boda	-0.1085
        lex:el patio	-0.1085
        lex:dank u	-0.1086
        lex:de onde	-0.1086
        lex:dice	-0.1086
        lex:el salon	-0.1086
        lex:coupe	-0.1087
        lex:instrutor ze	-0.1087
        lex:enviarles	-0.1088
        lex:shoutout	-0.1088
        lex:stay	-0.1088
        lex:coucou	-0.1089
        lex:au top	-0.1091
        lex:better after	-0.1091
        lex:en dm	-0.1091
        lex:nossa	-0.1091
        lex:sessions with	-0.1091
        lex:zien	-0.1091
        lex:down again	-0.1092
        lex:al metro	-0.1093
        lex:metro	-0.1093
        lex:pizza al	-0.1093
        lex:pra festa	-0.1093
        lex:sofi	-0.1095
        lex:ihr seid	-0.1096
        lex:seid	-0.1096
        lex:com o	-0.1097
        lex:mais ca	-0.1097
        lex:cheaper	-0.1098
        lex:ecris	-0.1098
        lex:em sp	-0.1098
        lex:alla fine	-0.1099
        lex:cheers anyway	-0.1099
        lex:clases de	-0.1099
        lex:primeira	-0.1099
        lex:quote but	-0.1099
        lex:linea	-0.11
        lex:ervaring	-0.1101
        lex:girl	-0.1101
        lex:owner	-0.1102
        lex:rapide un	-0.1102
        lex:after two	-0.1103
        lex:copieux	-0.1103
        lex:enfants ont	-0.1103
        lex:free on	-0.1103
        lex:grazie a	-0.1103
        lex:repas copieux	-0.1103
        lex:di pasqua	-0.1104
        lex:il pranzo	-0.1104
        lex:pranzo di	-0.1104
        lex:un a	-0.1104
        lex:was het	-0.1104
        lex:service	-0.1105
        lex:tras	-0.1105
        lex:tot	-0.1106
        lex:troca	-0.1106
        lex:s das	-0.1107
        lex:ask for	-0.1108
        lex:hat sich	-0.1108
        lex:chegou	-0.1111
        lex:nous en	-0.1111
        lex:propuesta	-0.1111
        lex:question serieuse	-0.1111
        lex:serieuse	-0.1111
        lex:um	-0.1111
        lex:una propuesta	-0.1111
        lex:genuina	-0.1113
        lex:io mi	-0.1113
        lex:onder het	-0.1113
        lex:tres bon	-0.1113
        lex:e estava	-0.1114
        lex:fazer	-0.1114
        lex:misschien	-0.1115
        lex:a carta	-0.1116
        lex:carta de	-0.1116
        lex:or email	-0.1116
        lex:he s	-0.1117
        lex:partir de	-0.1117
        lex:retreat	-0.1117
        lex:we de	-0.1118
        lex:bother	-0.1119
        lex:if you	-0.1119
        lex:peux	-0.1121
        lex:a guest	-0.1123
        lex:a tattoo	-0.1123
        lex:en a	-0.1123
        lex:werd	-0.1123
        lex:acheterais	-0.1124
        lex:ja fechei	-0.1125
        lex:passei	-0.1125
        lex:pakketje	-0.1126
        lex:cosas	-0.1127
        lex:fur meine	-0.1128
        lex:conseils	-0.1129
        lex:heure	-0.1129
        lex:ist es	-0.1129
        lex:i bought	-0.113
        lex:petite	-0.113
        lex:umzug	-0.113
        lex:immer	-0.1131
        lex:sold	-0.1132
        lex:rijbewijs	-0.1134
        lex:risponde	-0.1134
        lex:eens terug	-0.1136
        lex:says	-0.1136
        lex:achete le	-0.1138
        lex:getting	-0.1138
        lex:o instrutor	-0.1138
        lex:e nao	-0.1142
        lex:monton	-0.1142
        lex:un monton	-0.1142
        lex:si el	-0.1143
        lex:week is	-0.1143
        lex:elke euro	-0.1144
        lex:es verdad	-0.1144
        lex:fahrt	-0.1144
        lex:lembra do	-0.1144
        lex:verdad que	-0.1144
        lex:chair	-0.1145
        lex:mot	-0.1145
        lex:quid	-0.1145
        lex:reserver	-0.1145
        lex:wil het	-0.1145
        lex:fabrica	-0.1146
        lex:personnel	-0.1147
        lex:smashed	-0.1147
        lex:achtergrond	-0.1149
        lex:de achtergrond	-0.1149
        lex:beim	-0.115
        lex:de vous	-0.1151
        lex:no voy	-0.1151
        lex:welke lens	-0.1151
        lex:geschafft	-0.1152
        lex:deco	-0.1153
        lex:email	-0.1153
        lex:clinica	-0.1154
        lex:everyone	-0.1155
        lex:perfectos	-0.1156
        lex:sur	-0.1158
        lex:a quella	-0.116
        lex:quella che	-0.116
        lex:schauen	-0.1161
        lex:minuti	-0.1162
        lex:amo quando	-0.1163
        lex:quando o	-0.1163
        lex:a paques	-0.1165
        lex:dio	-0.1165
        lex:idee	-0.1165
        lex:zijt	-0.1165
        lex:repas	-0.1166
        lex:fevrier	-0.1167
        lex:mi viejo	-0.1169
        lex:gezellig	-0.1171
        lex:bronte	-0.1172
        lex:di bronte	-0.1172
        lex:service on	-0.1172
        lex:mortgage	-0.1173
        lex:semana de	-0.1173
        lex:zeggen	-0.1173
        lex:proberen	-0.1175
        lex:magico	-0.1176
        lex:se ve	-0.1178
        lex:tag	-0.1178
        lex:tijd	-0.1178
        lex:wrong	-0.1178
        lex:storing	-0.1181
        lex:indimenticabile	-0.1182
        lex:een mooie	-0.1183
        lex:tattoo artist	-0.1183
        lex:chaos	-0.1185
        lex:sti	-0.1185
        lex:troppo	-0.1185
        lex:band	-0.1186
        lex:eleves	-0.1187
        lex:heute	-0.1187
        lex:quello	-0.1187
        lex:devenir	-0.1191
        lex:direttamente	-0.1191
        lex:euch auch	-0.1191
        lex:fans	-0.1191
        lex:real fans	-0.1191
        lex:did you	-0.1192
        lex:iba	-0.1192
        lex:istruttore	-0.1192
        lex:ja hoor	-0.1192
        lex:e nessuno	-0.1193
        lex:souviens	-0.1193
        lex:te souviens	-0.1193
        lex:brabant	-0.1194
        lex:zaal	-0.1194
        lex:com	-0.1195
        lex:d hiver	-0.1195
        lex:pneus d	-0.1195
        lex:the roaming	-0.1195
        lex:de resposta	-0.1196
        lex:leurs	-0.1196
        lex:podemos agendar	-0.1198
        lex:goedkoop	-0.1199
        lex:muy buena	-0.1199
        lex:um t1	-0.12
        lex:fuimos	-0.1201
        lex:fun	-0.1201
        lex:tiene	-0.1201
        lex:grazie	-0.1202
        lex:meinem	-0.1202
        lex:an mot	-0.1203
        lex:shame you	-0.1203
        lex:encore des	-0.1205
        lex:out of	-0.1205
        lex:via de	-0.1205
        lex:aeroporto	-0.1206
        lex:warten	-0.1206
        lex:fait opposition	-0.1207
        lex:opposition	-0.1207
        lex:another provider	-0.1208
        lex:guy from	-0.1208
        lex:mooie zaal	-0.1208
        lex:hizo mi	-0.1209
        lex:lo hizo	-0.1209
        lex:appuntamento	-0.121
        lex:bitte keine	-0.121
        lex:on this	-0.121
        lex:op je	-0.121
        lex:honestly the	-0.1211
        lex:rico	-0.1212
        lex:to another	-0.1212
        lex:vez	-0.1213
        lex:dani	-0.1214
        lex:just me	-0.1214
        lex:zijn dit	-0.1215
        lex:onze vaste	-0.1216
        lex:a new	-0.1217
        lex:helaas	-0.1217
        lex:a quien	-0.1219
        lex:assinatura	-0.1219
        lex:im video	-0.1219
        lex:justo	-0.122
        lex:the end	-0.1222
        lex:wie am	-0.1223
        lex:nessuno risponde	-0.1224
        lex:a recrutar	-0.1225
        lex:recrutar	-0.1225
        lex:regrets	-0.1225
        lex:zero regrets	-0.1225
        lex:qqn	-0.1226
        lex:vale	-0.1226
        lex:o melhor	-0.1227
        lex:encargue	-0.1228
        lex:encargue el	-0.1228
        lex:morning	-0.1228
        lex:je pouvais	-0.1229
        lex:on avait	-0.1229
        lex:pouvais	-0.1229
        lex:artist	-0.123
        lex:ticket	-0.123
        lex:how your	-0.1234
        lex:proprietario	-0.1234
        lex:arrived	-0.1237
        lex:janvier	-0.1237
        lex:the old	-0.1237
        lex:ethiopian	-0.1238
        lex:sai	-0.1239
        lex:do plano	-0.124
        lex:stayed	-0.124
        lex:copper	-0.1241
        lex:einer	-0.1241
        lex:the parking	-0.1241
        lex:la casa	-0.1242
        lex:verhuisd	-0.1243
        lex:della zona	-0.1244
        lex:guy	-0.1244
        lex:a settembre	-0.1245
        lex:abuela	-0.1245
        lex:emails	-0.1245
        lex:nummer	-0.1245
        lex:volveremos	-0.1245
        lex:trots	-0.1246
        lex:trots op	-0.1246
        lex:jardin	-0.1248
        lex:professores atenciosos	-0.1248
        lex:para lo	-0.1249
        lex:so whatever	-0.1249
        lex:pour ce	-0.1251
        lex:mi ha	-0.1253
        lex:wer	-0.1254
        lex:spijt	-0.1255
        lex:as ondas	-0.1256
        lex:estavam	-0.1256
        lex:estavam brutais	-0.1256
        lex:la del	-0.1256
        lex:last week	-0.1256
        lex:toe	-0.1256
        lex:vai	-0.1256
        lex:zur	-0.1256
        lex:but found	-0.1257
        lex:dochter is	-0.1257
        lex:curiosite	-0.1258
        lex:je me	-0.1259
        lex:it in	-0.126
        lex:san	-0.126
        lex:per giovedi	-0.1261
        lex:deve	-0.1262
        lex:overcharged	-0.1262
        lex:overcharged for	-0.1262
        lex:alle	-0.1263
        lex:zou ik	-0.1263
        lex:complimenti	-0.1264
        lex:pero al	-0.1264
        lex:em peniche	-0.1265
        lex:peniche	-0.1265
        lex:was dat	-0.1265
        lex:jullie de	-0.1266
        lex:love how	-0.1267
        lex:toute la	-0.1267
        lex:parcheggio	-0.1268
        lex:que los	-0.1268
        lex:serve un	-0.1269
        lex:already got	-0.127
        lex:contacter	-0.127
        lex:lindo	-0.127
        lex:dell	-0.1271
        lex:mille	-0.1271
        lex:si fa	-0.1271
        lex:rose	-0.1272
        lex:veux plus	-0.1273
        lex:sim	-0.1275
        lex:manco	-0.1276
        lex:manco morto	-0.1276
        lex:morto	-0.1276
        lex:via the	-0.1276
        lex:won	-0.1277
        lex:won t	-0.1277
        lex:aca	-0.1278
        lex:colpo	-0.1278
        lex:primo colpo	-0.1278
        lex:avait	-0.1279
        lex:looking for	-0.128
        lex:mon beau	-0.128
        lex:geweldig	-0.1281
        lex:atenciosos	-0.1282
        lex:cv	-0.1282
        lex:finalmente	-0.1282
        lex:ja resolvi	-0.1283
        lex:resolvi	-0.1283
        lex:vamos a	-0.1283
        lex:volveria	-0.1283
        lex:page	-0.1284
        lex:carbonara	-0.1285
        lex:correct	-0.1285
        lex:in zeeland	-0.1285
        lex:zeeland	-0.1285
        lex:quello dell	-0.1286
        lex:cambio de	-0.1287
        lex:diesel	-0.1287
        lex:e la	-0.1287
        lex:gerne wieder	-0.1288
        lex:here in	-0.1291
        lex:his	-0.1292
        lex:manutencao de	-0.1292
        lex:a chi	-0.1293
        lex:natal	-0.1295
        lex:gekocht	-0.1296
        lex:dienstleister	-0.1298
        lex:it one	-0.1298
        lex:gesprach	-0.13
        lex:own	-0.13
        lex:qualified	-0.13
        lex:toi	-0.13
        lex:the guy	-0.1301
        lex:can t	-0.1302
        lex:geen	-0.1305
        lex:la modelo	-0.1305
        lex:buen	-0.1307
        lex:goede	-0.1307
        lex:ont adore	-0.1309
        lex:el cambio	-0.131
        lex:no direct	-0.131
        lex:per le	-0.1311
        lex:still love	-0.1315
        lex:pueblo	-0.1316
        lex:puedo	-0.1317
        lex:bikes	-0.1319
        lex:follow	-0.1319
        lex:natal e	-0.1319
        lex:much better	-0.132
        lex:voi l	-0.132
        lex:could	-0.1321
        lex:the album	-0.1322
        lex:utrecht en	-0.1325
        lex:jantar	-0.1328
        lex:whatever	-0.1328
        lex:necesitan	-0.1329
        lex:per mia	-0.1329
        lex:compraria	-0.133
        lex:migration	-0.133
        lex:saved	-0.133
        lex:tres sympa	-0.133
        lex:hintergrund	-0.1331
        lex:im hintergrund	-0.1331
        lex:promocao	-0.1332
        lex:trouve	-0.1332
        lex:garantia	-0.1334
        lex:the same	-0.1334
        lex:fermes	-0.1335
        lex:les yeux	-0.1335
        lex:yeux	-0.1335
        lex:yeux fermes	-0.1335
        lex:got ours	-0.1337
        lex:welche	-0.1337
        lex:complaints	-0.1338
        lex:grosshandler fur	-0.1338
        lex:no complaints	-0.1338
        lex:agua	-0.1339
        lex:lot	-0.1341
        lex:weiter	-0.1342
        lex:tu	-0.1343
        lex:al primo	-0.1344
        lex:album	-0.1344
        lex:las fotos	-0.1344
        lex:hoe dit	-0.1347
        lex:laatste	-0.1347
        lex:jan	-0.1348
        lex:a promocao	-0.1349
        lex:fijne plek	-0.135
        lex:van het	-0.135
        lex:arbeit	-0.1352
        lex:laura	-0.1352
        lex:de kerkstraat	-0.1353
        lex:kerkstraat	-0.1353
        lex:cake	-0.1355
        lex:que ondas	-0.1355
        lex:brauch	-0.1356
        lex:de sabado	-0.1356
        lex:perfeito	-0.1356
        lex:algun	-0.1358
        lex:koln	-0.1359
        lex:rekening	-0.1359
        lex:hallo	-0.136
        lex:ob	-0.136
        lex:pour des	-0.136
        lex:nouveau	-0.1362
        lex:salon	-0.1362
        lex:but the	-0.1363
        lex:hort	-0.1363
        lex:weer	-0.1363
        lex:e no	-0.1367
        lex:jantar de	-0.1367
        lex:das im	-0.1368
        lex:follower reali	-0.1368
        lex:nao preciso	-0.1368
        lex:reali	-0.1368
        lex:war das	-0.1368
        lex:adresse	-0.1369
        lex:last year	-0.1369
        lex:noch	-0.1369
        lex:o jantar	-0.1369
        lex:the	-0.1369
        lex:deja fait	-0.1371
        lex:num	-0.1371
        lex:looks	-0.1372
        lex:pisos	-0.1372
        lex:gesucht	-0.1373
        lex:jusqu	-0.1373
        lex:quien puedo	-0.1375
        lex:senza	-0.1375
        lex:cherche une	-0.1376
        lex:on se	-0.1378
        lex:quarto	-0.1378
        lex:if i	-0.138
        lex:wedding	-0.138
        lex:bathroom refit	-0.1381
        lex:ci sono	-0.1381
        lex:refit in	-0.1381
        lex:ge	-0.1382
        lex:personale	-0.1382
        lex:ci siamo	-0.1383
        lex:problema con	-0.1383
        lex:un problema	-0.1383
        lex:va bene	-0.1383
        lex:obrigado	-0.1384
        lex:vous vous	-0.1386
        reply	-0.1386
        lex:notes	-0.1387
        lex:equipe	-0.1388
        lex:class	-0.1389
        lex:gentilissimi	-0.1389
        lex:ca valait	-0.139
        lex:sure	-0.139
        lex:valait	-0.139
        lex:gegen	-0.1392
        lex:in koln	-0.1392
        lex:peint	-0.1392
        lex:still have	-0.1392
        lex:week and	-0.1392
        lex:whole	-0.1393
        lex:maravilha	-0.1394
        lex:fur nen	-0.1396
        lex:die jungs	-0.1403
        lex:forfait	-0.1403
        lex:great service	-0.1403
        lex:le forfait	-0.1403
        lex:achter	-0.1406
        lex:est quel	-0.1407
        lex:professora	-0.1407
        lex:soldi spesi	-0.1407
        lex:somos uma	-0.1407
        lex:spesi	-0.1407
        lex:spesi benissimo	-0.1407
        lex:the whole	-0.1407
        lex:vendredi	-0.1408
        lex:convosco	-0.141
        lex:proprio	-0.141
        lex:nee	-0.1413
        lex:algun dia	-0.1414
        lex:bain	-0.1414
        lex:de bain	-0.1414
        lex:lens	-0.1415
        lex:interesting read	-0.1416
        lex:read	-0.1416
        lex:uma	-0.1416
        lex:pacco	-0.1417
        lex:klare	-0.1418
        lex:the bathroom	-0.1418
        lex:niente da	-0.1419
        lex:pastel	-0.1419
        lex:best	-0.142
        lex:pastel de	-0.142
        lex:booked him	-0.1422
        lex:e ainda	-0.1424
        lex:levering	-0.1425
        lex:hours	-0.1426
        lex:bof	-0.1427
        lex:prenez pas	-0.1427
        lex:soldi	-0.1429
        lex:dass	-0.143
        lex:dokter	-0.143
        lex:dokter peeters	-0.143
        lex:is dat	-0.143
        lex:olha o	-0.143
        lex:la cuenta	-0.1431
        lex:lait	-0.1431
        lex:bueno	-0.1432
        lex:to be	-0.1433
        lex:vendredi soir	-0.1436
        lex:while	-0.1436
        lex:while we	-0.1436
        lex:t be	-0.1438
        lex:cleaners	-0.144
        lex:tua	-0.144
        lex:laden	-0.1443
        lex:mins	-0.1443
        lex:cabinet pour	-0.1445
        lex:un cabinet	-0.1445
        lex:nom	-0.1447
        lex:proveedor	-0.1448
        lex:voi	-0.1448
        lex:we used	-0.1448
        lex:times	-0.1449
        lex:stayed in	-0.145
        lex:we stayed	-0.145
        lex:cancelled after	-0.1451
        lex:lo voglio	-0.1452
        lex:at	-0.1453
        lex:nemen jullie	-0.1454
        lex:chien	-0.1455
        lex:hab ich	-0.1455
        lex:st	-0.1455
        lex:you charge	-0.1455
        lex:reis	-0.1456
        lex:for march	-0.1457
        lex:maandag weer	-0.1458
        lex:prijsverhoging	-0.1458
        lex:reserver pour	-0.1458
        lex:warum	-0.1458
        lex:good service	-0.1459
        lex:waren	-0.1459
        lex:le mariage	-0.146
        lex:that the	-0.1461
        lex:facciamo	-0.1462
        lex:honestly can	-0.1462
        lex:ligt	-0.1462
        lex:burger	-0.1463
        lex:ma e	-0.1463
        lex:bank	-0.1465
        lex:o pacote	-0.1465
        lex:pacote	-0.1465
        lex:we were	-0.1466
        lex:estaba	-0.1467
        lex:kaya	-0.1468
        lex:jungs	-0.1469
        lex:know	-0.1471
        lex:voltaria	-0.1471
        lex:peeters	-0.1472
        lex:casamento da	-0.1473
        lex:avez besoin	-0.1475
        lex:domaine	-0.1475
        lex:st jean	-0.1476
        lex:ja levei	-0.1477
        lex:diz	-0.1478
        lex:endlich	-0.1478
        lex:i run	-0.1478
        lex:vabbe	-0.1478
        lex:already booked	-0.1479
        lex:onde	-0.1479
        lex:the market	-0.1483
        lex:food	-0.1486
        lex:fur uns	-0.1486
        lex:nata	-0.1488
        lex:pavos	-0.1488
        lex:ja	-0.149
        lex:l	-0.1491
        lex:thank	-0.1493
        lex:thank you	-0.1493
        lex:fotografo	-0.1494
        lex:zu spat	-0.1494
        lex:diploma	-0.1495
        lex:in town	-0.1495
        lex:un mois	-0.1496
        lex:meses e	-0.1497
        lex:half	-0.1498
        lex:sleep	-0.1499
        lex:je recommande	-0.15
        lex:billing	-0.1502
        lex:ici	-0.1503
        lex:or just	-0.1504
        lex:ordinato	-0.1504
        lex:de braga	-0.1505
        lex:bro	-0.1506
        lex:cherchez un	-0.1506
        lex:coupure	-0.1506
        lex:hicimos	-0.1508
        lex:not paying	-0.1509
        lex:preise sind	-0.1509
        lex:run a	-0.1509
        lex:sind echt	-0.1509
        lex:worth every	-0.151
        lex:tenia	-0.1512
        lex:la vitrine	-0.1513
        lex:vitrine	-0.1513
        lex:champions	-0.1514
        lex:with someone	-0.1515
        lex:convosco em	-0.1516
        lex:la semaine	-0.1516
        lex:fricadelle	-0.1519
        lex:preise	-0.1519
        lex:do meu	-0.152
        lex:on l	-0.152
        lex:die schnelle	-0.1521
        lex:agencia de	-0.1522
        lex:faites	-0.1522
        lex:last month	-0.1522
        lex:the best	-0.1522
        lex:entrar	-0.1523
        lex:echt niet	-0.1526
        lex:una mail	-0.1526
        lex:charge	-0.1529
        lex:me contacter	-0.153
        lex:on y	-0.153
        lex:tout le	-0.153
        lex:finally	-0.1532
        lex:nan	-0.1532
        lex:refit	-0.1533
        lex:or a	-0.1538
        lex:contente	-0.1539
        lex:abren	-0.1541
        lex:song	-0.1542
        lex:je pourrais	-0.1543
        lex:pourrais	-0.1543
        lex:price	-0.1544
        lex:hair	-0.1545
        lex:better	-0.1548
        lex:does it	-0.1548
        lex:pedir orcamento	-0.155
        lex:gutschrift	-0.1552
        lex:a proxima	-0.1553
        lex:divino	-0.1553
        lex:kijk	-0.1554
        lex:letzten	-0.1555
        lex:market	-0.1555
        lex:pour noel	-0.1555
        lex:cherchez	-0.1556
        lex:vous cherchez	-0.1556
        lex:aumentou	-0.1557
        lex:tout est	-0.1557
        lex:est quelle	-0.156
        lex:sanitair	-0.156
        lex:un dimanche	-0.156
        lex:wurd	-0.156
        lex:got my	-0.1561
        lex:assessment	-0.1562
        lex:entschieden	-0.1562
        lex:nervous	-0.1562
        lex:curious	-0.1563
        lex:fees	-0.1563
        lex:mentira	-0.1563
        lex:a tu	-0.1565
        lex:il pistacchio	-0.1565
        lex:bathroom	-0.1566
        lex:who was	-0.1569
        lex:jemand	-0.157
        lex:self assessment	-0.1572
        lex:do you	-0.1573
        lex:la bici	-0.1574
        lex:pior	-0.1574
        lex:savoir	-0.1574
        lex:waard	-0.1574
        lex:anwarter	-0.1575
        lex:den anwarter	-0.1575
        lex:skilehrer	-0.1575
        lex:con mi	-0.1576
        lex:fou	-0.1576
        lex:a deja	-0.1577
        lex:accueil	-0.1577
        lex:bills	-0.1579
        lex:comecar	-0.158
        lex:jullie nog	-0.1581
        lex:troca de	-0.1581
        lex:amando	-0.1584
        lex:every penny	-0.1584
        lex:penny	-0.1584
        lex:finish	-0.1586
        lex:blij	-0.1587
        lex:alla	-0.1588
        lex:flores	-0.1588
        lex:guest	-0.1593
        lex:guest spot	-0.1593
        lex:quand	-0.1593
        lex:buy	-0.1594
        lex:bravo pour	-0.1595
        lex:back in	-0.1596
        lex:forma	-0.1599
        lex:chambre	-0.16
        lex:in een	-0.16
        lex:nonante	-0.16
        lex:spostato	-0.1605
        lex:way	-0.1605
        lex:card	-0.1607
        lex:die saison	-0.161
        lex:me lo	-0.161
        lex:quanto ci	-0.1611
        lex:juste pour	-0.1612
        lex:semestre	-0.1612
        lex:agencia	-0.1613
        lex:foi aqui	-0.1614
        lex:lekker	-0.1614
        lex:une panne	-0.1615
        lex:follia	-0.1616
        lex:una follia	-0.1616
        lex:bier	-0.1618
        lex:busy	-0.1619
        lex:spat	-0.1619
        lex:altra	-0.162
        lex:difference	-0.1621
        lex:qualcuno sa	-0.1621
        lex:bonito	-0.1624
        lex:reclame	-0.1625
        lex:anderen	-0.1626
        lex:angebot schicken	-0.1626
        lex:el ramo	-0.1626
        lex:instrutor	-0.1628
        lex:saas bedrijven	-0.1629
        lex:voor saas	-0.1629
        lex:was the	-0.1629
        lex:y el	-0.1631
        lex:bons	-0.1633
        lex:un jour	-0.1633
        lex:un autre	-0.1634
        lex:wie weet	-0.1634
        lex:compra follower	-0.1636
        lex:kam nach	-0.1636
        lex:siete aperti	-0.1636
        lex:was top	-0.1636
        lex:ans	-0.1637
        lex:beitrag	-0.1638
        lex:bedrijven	-0.1641
        lex:hab den	-0.1642
        lex:serve davvero	-0.1642
        lex:of those	-0.1644
        lex:knap	-0.1646
        lex:knap hoor	-0.1646
        lex:faco	-0.1649
        lex:euch gern	-0.1651
        lex:road	-0.1651
        lex:siamo	-0.1651
        lex:wurden euch	-0.1651
        lex:comprerei	-0.1653
        lex:dat	-0.1653
        lex:bout	-0.1654
        lex:para a	-0.1656
        lex:voulait vous	-0.1656
        lex:recommend	-0.1658
        lex:est normal	-0.1659
        lex:down in	-0.166
        lex:village	-0.166
        lex:marketing	-0.1661
        lex:menu for	-0.1662
        lex:tasting	-0.1662
        lex:tasting menu	-0.1662
        lex:the tasting	-0.1662
        lex:a achete	-0.1664
        lex:ich immer	-0.1664
        lex:le jour	-0.1664
        lex:todo dia	-0.1665
        lex:du village	-0.1666
        lex:gehaald	-0.1668
        lex:rembourser	-0.1668
        lex:und wurden	-0.1668
        lex:ficou um	-0.1669
        lex:embalagem	-0.167
        lex:on voulait	-0.167
        lex:voulait	-0.167
        lex:alleen	-0.1673
        lex:round	-0.1675
        lex:basta	-0.1676
        lex:nur ein	-0.1677
        lex:aulas	-0.1678
        lex:flan	-0.168
        lex:pour travaux	-0.168
        lex:mil gracias	-0.1681
        lex:turno	-0.1683
        lex:avo	-0.1684
        lex:minha avo	-0.1684
        lex:markt	-0.1685
        lex:vale cada	-0.1685
        lex:went	-0.1686
        lex:gedacht	-0.1688
        lex:my	-0.1691
        lex:nooit	-0.1693
        lex:unserer hochzeit	-0.1693
        lex:bakker	-0.1696
        lex:die diskussion	-0.1699
        lex:diskussion	-0.1699
        lex:diskussion hier	-0.1699
        lex:proper	-0.1699
        lex:visite	-0.17
        lex:foot	-0.1701
        lex:agence	-0.1702
        lex:de nieuwe	-0.1705
        lex:en mi	-0.1705
        lex:unserer	-0.1705
        lex:dan nog	-0.1706
        lex:contacto de	-0.1708
        lex:they were	-0.1708
        lex:chamar	-0.171
        lex:playlist	-0.171
        lex:got the	-0.1712
        lex:sorted our	-0.1713
        lex:a ete	-0.1714
        lex:a mortgage	-0.1714
        lex:bout d	-0.1716
        lex:toch	-0.1718
        lex:vous faites	-0.1718
        lex:piano	-0.1719
        lex:vraiment	-0.1719
        lex:a vossa	-0.1721
        lex:is fine	-0.1721
        lex:gern ein	-0.1722
        lex:demo	-0.1724
        lex:escriben	-0.1724
        lex:luck	-0.1724
        lex:me escriben	-0.1724
        lex:diarios	-0.1725
        lex:diarios desde	-0.1726
        lex:re a	-0.1726
        lex:el aniversario	-0.1728
        lex:solucao	-0.1731
        lex:from start	-0.1734
        lex:oh	-0.1734
        lex:solucionaron	-0.1734
        lex:start to	-0.1734
        lex:to finish	-0.1734
        lex:bin jetzt	-0.1735
        lex:el sabado	-0.1735
        lex:hattet	-0.1735
        lex:hattet ihr	-0.1735
        lex:paese	-0.1736
        lex:au bout	-0.1738
        lex:mars	-0.1739
        lex:usate per	-0.1739
        lex:estao a	-0.174
        lex:ich zahl	-0.174
        lex:sofas	-0.174
        lex:a fait	-0.1742
        lex:d	-0.1742
        lex:hier	-0.1744
        lex:klein	-0.1747
        lex:mas a	-0.1747
        lex:qqn sait	-0.1748
        lex:filha ja	-0.175
        lex:cancelado	-0.1753
        lex:for it	-0.1754
        lex:e stato	-0.1756
        lex:amai	-0.1757
        lex:besoin	-0.1757
        lex:encomendei	-0.1757
        lex:chat de	-0.176
        lex:muy	-0.1762
        lex:heb mijn	-0.1763
        lex:und suchen	-0.1763
        lex:estao	-0.1766
        lex:one on	-0.1766
        lex:to start	-0.1766
        lex:cubiertas	-0.1767
        lex:loro	-0.1769
        lex:turno para	-0.1769
        lex:fate	-0.177
        lex:talk about	-0.177
        lex:als het	-0.1772
        lex:agency	-0.1776
        lex:contratar	-0.1779
        lex:ik wou	-0.1779
        lex:wou	-0.1779
        lex:compre	-0.1782
        lex:solo	-0.1783
        lex:kwartier	-0.1785
        lex:ja tirei	-0.1786
        lex:tirei	-0.1786
        lex:arrivato	-0.1787
        lex:also	-0.179
        lex:desde casa	-0.1792
        lex:kurzer call	-0.1793
        lex:buena	-0.1795
        lex:das doppelte	-0.1797
        lex:doppelte	-0.1797
        lex:sou	-0.1798
        lex:clases	-0.18
        lex:roast	-0.18
        lex:usan	-0.1802
        lex:per i	-0.1803
        lex:il conto	-0.1804
        lex:km	-0.1805
        lex:pour cette	-0.1805
        lex:roast in	-0.1806
        lex:do they	-0.1807
        lex:quoi la	-0.1808
        lex:hatt	-0.181
        lex:in this	-0.1812
        lex:levei	-0.1816
        lex:ou je	-0.1818
        lex:anyone	-0.1819
        lex:pasta	-0.182
        lex:peine	-0.1822
        lex:con ofertas	-0.1823
        lex:had the	-0.1823
        lex:ofertas	-0.1823
        lex:fica	-0.1824
        lex:il rimborso	-0.1825
        lex:parabens	-0.1825
        lex:voi nel	-0.1825
        lex:ganze	-0.1827
        lex:mejor	-0.183
        lex:faccio da	-0.1832
        lex:la faccio	-0.1832
        lex:ficar	-0.1837
        lex:mia nonna	-0.1837
        lex:boulangerie	-0.1842
        lex:de me	-0.1842
        lex:settembre	-0.1842
        lex:ours	-0.1845
        lex:one for	-0.1847
        lex:salle	-0.1848
        lex:as aulas	-0.1852
        lex:how	-0.1852
        lex:o dia	-0.1852
        lex:off	-0.1853
        lex:hasta	-0.1856
        lex:porfa	-0.1857
        lex:we got	-0.1857
        lex:travaux	-0.1859
        lex:abbiamo	-0.1861
        lex:la photo	-0.1864
        lex:conto	-0.1865
        lex:jahren	-0.1866
        lex:toch niet	-0.1866
        lex:acabou	-0.1869
        lex:left you	-0.1871
        lex:al mijn	-0.1874
        lex:de gestion	-0.1875
        lex:mal	-0.1875
        lex:daje	-0.1876
        lex:cabinet	-0.1877
        lex:shame	-0.1877
        lex:heb ik	-0.1878
        lex:you lot	-0.1878
        lex:weisst	-0.1879
        lex:mailen	-0.1881
        lex:months	-0.1882
        lex:sont	-0.1882
        lex:em agosto	-0.1887
        lex:vergogna	-0.1888
        lex:met mailen	-0.1889
        lex:stop met	-0.1889
        lex:wil niks	-0.1889
        lex:now	-0.189
        lex:aan de	-0.1893
        lex:du	-0.1894
        lex:euro al	-0.1895
        lex:sieht	-0.1895
        lex:wochen auf	-0.1895
        lex:um sonho	-0.1896
        lex:donc	-0.1897
        lex:las clases	-0.1897
        lex:photo	-0.1897
        lex:merci pour	-0.1899
        lex:ca vaut	-0.19
        lex:parking	-0.19
        lex:war	-0.19
        lex:ahora mismo	-0.1901
        lex:cherche un	-0.1901
        lex:late	-0.1901
        lex:fechei	-0.1902
        lex:gars	-0.1903
        lex:interesting	-0.1903
        lex:solar	-0.1903
        lex:kam	-0.1905
        lex:reservar para	-0.1905
        lex:those	-0.1907
        lex:suerte	-0.1908
        lex:ervaren	-0.1909
        lex:la salle	-0.1911
        lex:passare	-0.1911
        lex:chaque	-0.1912
        lex:die preise	-0.1913
        lex:per chi	-0.1913
        lex:quando	-0.1914
        lex:reminder	-0.1914
        lex:wedding in	-0.1914
        lex:with you	-0.1916
        lex:im sommer	-0.1918
        lex:oficina	-0.192
        lex:hasta las	-0.1924
        lex:real	-0.1926
        lex:dag	-0.1927
        lex:un amor	-0.1928
        lex:pra outra	-0.1929
        lex:still got	-0.1929
        lex:sich	-0.1931
        lex:ga	-0.1933
        lex:mann	-0.1933
        lex:feber	-0.1936
        lex:stato	-0.1937
        lex:kundigung ist	-0.1941
        lex:le chat	-0.1941
        lex:ya no	-0.1942
        lex:frisst	-0.1943
        lex:quel	-0.1943
        lex:prevenir	-0.1945
        lex:sans prevenir	-0.1945
        lex:sfogliatelle	-0.1948
        lex:semaine	-0.1949
        lex:man fur	-0.1954
        lex:company	-0.1957
        lex:experiencia	-0.1957
        lex:recrutez	-0.1958
        lex:aprobe	-0.1959
        lex:i could	-0.1963
        lex:is actually	-0.1963
        lex:livrez a	-0.1963
        lex:musica a	-0.1964
        lex:grosshandler	-0.1967
        lex:sind grosshandler	-0.1967
        lex:questi	-0.1968
        lex:ela	-0.197
        lex:gutted	-0.197
        lex:grandi	-0.1971
        lex:termin	-0.1972
        lex:lohnt	-0.1974
        lex:lohnt sich	-0.1974
        lex:llego el	-0.1975
        lex:teamfoto	-0.1975
        lex:adore	-0.1976
        lex:apprendisti	-0.1976
        lex:cercate apprendisti	-0.1976
        lex:pacote de	-0.1976
        lex:olha	-0.1978
        lex:voor ons	-0.1981
        lex:branch	-0.1984
        lex:gana	-0.1984
        lex:recommande	-0.1984
        lex:we d	-0.1986
        lex:we ordered	-0.1986
        lex:l a	-0.1988
        lex:und	-0.1988
        lex:simple	-0.199
        lex:loads of	-0.1991
        lex:vi mando	-0.1996
        lex:divinal	-0.2
        lex:kids loved	-0.2
        lex:from you	-0.2005
        lex:arte	-0.2008
        lex:est ce	-0.2009
        lex:ja teve	-0.2009
        lex:nuovi	-0.2011
        lex:no le	-0.2013
        lex:salle de	-0.2013
        lex:em	-0.2014
        lex:na de	-0.2015
        lex:award	-0.2016
        lex:je peux	-0.2016
        lex:s been	-0.2019
        lex:cost	-0.202
        lex:you still	-0.2023
        lex:pure io	-0.2024
        lex:pour une	-0.2025
        lex:precisarem	-0.2025
        lex:final me	-0.2026
        lex:mando	-0.2027
        lex:tinha	-0.203
        lex:retard	-0.2033
        lex:ficar em	-0.2035
        lex:lol	-0.2041
        lex:ue	-0.2041
        lex:meilleur	-0.2044
        lex:most	-0.2044
        lex:cargo	-0.2045
        lex:soy	-0.2046
        lex:a todo	-0.2048
        lex:el lunes	-0.2049
        lex:dale	-0.205
        lex:paid	-0.205
        lex:ancora il	-0.2052
        lex:built	-0.2053
        lex:torneremo	-0.2053
        lex:cateraar	-0.2055
        lex:een cateraar	-0.2055
        lex:mandam	-0.2056
        lex:toda a	-0.2057
        lex:curiosita	-0.2058
        lex:reponse	-0.206
        lex:cucarachas	-0.2061
        lex:ramo	-0.2061
        lex:dave	-0.2063
        lex:fui	-0.2064
        lex:proficiat	-0.2067
        lex:le nom	-0.2069
        lex:lo que	-0.2069
        lex:nous	-0.2072
        lex:selber	-0.2072
        lex:rapido	-0.2075
        lex:anyone know	-0.2077
        lex:in antwerpen	-0.2082
        lex:nous a	-0.2082
        lex:talk	-0.2083
        lex:vaut	-0.2085
        lex:didn	-0.2088
        lex:didn t	-0.2088
        lex:obrigada pela	-0.2089
        lex:you need	-0.209
        lex:c est	-0.2093
        lex:und bin	-0.2094
        lex:lembra	-0.2095
        lex:kopen als	-0.2097
        lex:ma mere	-0.2097
        lex:otra vez	-0.2099
        lex:tout a	-0.21
        lex:wij zijn	-0.2101
        lex:la semana	-0.2103
        lex:el local	-0.2105
        lex:e na	-0.2106
        lex:en ik	-0.2109
        lex:le lundi	-0.2109
        lex:lundi	-0.2109
        lex:stylist	-0.2111
        lex:like a	-0.2113
        lex:yoga	-0.2113
        lex:amo	-0.2116
        lex:iscritta	-0.2121
        lex:ravie	-0.2124
        lex:perche	-0.2125
        lex:days	-0.2127
        lex:maquinas	-0.2127
        lex:use	-0.2129
        lex:zahl	-0.2129
        lex:fur die	-0.2135
        lex:work	-0.2135
        lex:esto	-0.2139
        lex:que era	-0.214
        lex:devolveram	-0.2141
        lex:gia prenotato	-0.2141
        lex:etwas	-0.2143
        lex:mehr	-0.2143
        lex:la moitie	-0.2148
        lex:moitie	-0.2148
        lex:jullie	-0.2152
        lex:worst	-0.2152
        lex:in for	-0.2154
        lex:have the	-0.2156
        lex:years	-0.2157
        lex:in puglia	-0.2158
        lex:klar	-0.2158
        lex:puglia	-0.2158
        lex:welk	-0.2158
        lex:reservamos	-0.216
        negated-cue	-0.2161
        lex:la peine	-0.2162
        lex:so you	-0.2163
        lex:one	-0.2164
        lex:closing	-0.2166
        lex:closing the	-0.2166
        lex:tapis	-0.2168
        lex:weil	-0.2168
        lex:weil mein	-0.2168
        lex:casa	-0.2176
        lex:kaufen	-0.2176
        lex:preciso	-0.2177
        lex:genuinely	-0.2178
        lex:ihr das	-0.2178
        lex:cuando	-0.218
        lex:lavoro	-0.218
        lex:pena que	-0.218
        lex:anmelden	-0.2182
        lex:ce qu	-0.2182
        review-3-stars	-0.2183
        lex:nao me	-0.2187
        lex:actually	-0.2188
        lex:on peut	-0.2188
        lex:sonho	-0.219
        lex:kurzes	-0.2191
        lex:ook zo	-0.2191
        lex:kurzer	-0.2192
        lex:siete	-0.2192
        lex:bici	-0.2194
        lex:trading	-0.2194
        lex:a l	-0.2196
        lex:monde	-0.2196
        lex:cancelei	-0.22
        lex:instagram	-0.22
        lex:october	-0.2203
        lex:tuesday	-0.2204
        lex:com voces	-0.2205
        lex:isso	-0.2206
        lex:me l	-0.2211
        lex:mijn oma	-0.2211
        lex:inkl	-0.2212
        lex:possiamo	-0.2214
        lex:professores	-0.2215
        lex:da empresa	-0.2218
        lex:ontem	-0.2219
        lex:ericeira	-0.222
        lex:ericeira hoje	-0.222
        lex:grusse	-0.2224
        lex:il migliore	-0.2224
        lex:llega	-0.2225
        lex:problema	-0.2227
        lex:saison	-0.2229
        lex:ancora	-0.2233
        lex:sommer	-0.2236
        lex:uma demo	-0.224
        lex:hebben een	-0.2242
        lex:huis	-0.2243
        lex:ik zou	-0.2243
        lex:de yoga	-0.2244
        lex:doch	-0.2244
        lex:dach	-0.2246
        lex:fabrique	-0.2248
        lex:fabrique des	-0.2248
        lex:je fabrique	-0.2248
        lex:annule	-0.2249
        lex:cent	-0.2253
        lex:partner	-0.2254
        lex:perfect	-0.2255
        lex:farina	-0.2256
        lex:mulino	-0.2256
        lex:telling	-0.2256
        lex:telling me	-0.2256
        lex:un mulino	-0.2256
        lex:beaucoup	-0.2257
        lex:cada centavo	-0.2257
        lex:centavo	-0.2257
        lex:farmacia	-0.2257
        lex:an einem	-0.2258
        lex:here for	-0.2262
        lex:preso il	-0.2262
        lex:congrats on	-0.2266
        lex:dans	-0.2266
        lex:zijn een	-0.2266
        lex:our wedding	-0.2268
        lex:resolveram	-0.2268
        lex:non vi	-0.227
        lex:ferri	-0.2274
        lex:plus jamais	-0.2274
        lex:ferry	-0.2277
        lex:pas pour	-0.2279
        lex:antwerpen	-0.2291
        lex:demande	-0.2291
        lex:faccio	-0.2291
        lex:grace	-0.2293
        lex:grace a	-0.2293
        lex:raum	-0.2293
        lex:a un	-0.2295
        lex:je demande	-0.2295
        lex:quelqu	-0.2295
        lex:quelqu un	-0.2295
        lex:in october	-0.2296
        lex:la doctora	-0.2299
        lex:min cette	-0.2299
        lex:weiss	-0.2299
        lex:encore une	-0.23
        lex:wie	-0.2303
        lex:arbeitet	-0.2307
        lex:e so	-0.2309
        lex:call	-0.231
        lex:beau	-0.2312
        lex:loved	-0.2315
        lex:ma il	-0.2317
        lex:me acuerdo	-0.2317
        lex:or do	-0.232
        lex:doctora	-0.2321
        lex:der stadt	-0.2323
        lex:stadt	-0.2323
        lex:belle	-0.2327
        lex:m n	-0.2328
        lex:overgestapt naar	-0.2332
        lex:wurd ich	-0.2333
        lex:adoro	-0.2338
        lex:graag een	-0.2338
        lex:this one	-0.2338
        lex:this the	-0.2342
        lex:charge to	-0.235
        lex:pedir	-0.235
        lex:reserve	-0.2351
        lex:jamais	-0.2353
        lex:jaar overgestapt	-0.2354
        lex:saludos	-0.236
        lex:mutuelle	-0.2363
        lex:post	-0.2363
        lex:the price	-0.2364
        lex:aprile	-0.2365
        lex:etait	-0.2365
        lex:info in	-0.2366
        lex:con le	-0.237
        lex:tutti	-0.2371
        lex:cheers	-0.2377
        lex:zouden	-0.2377
        lex:bought	-0.2379
        lex:ik heb	-0.2379
        lex:stand	-0.238
        lex:a junior	-0.2381
        lex:openings for	-0.2381
        lex:chef	-0.2385
        lex:zie	-0.2385
        lex:peu froide	-0.2386
        lex:se vi	-0.2386
        lex:vi serve	-0.2386
        lex:los	-0.2389
        lex:compras	-0.2392
        lex:monday	-0.2393
        lex:niks meer	-0.2395
        lex:ci vediamo	-0.2396
        lex:vediamo	-0.2396
        lex:wat een	-0.2397
        lex:lost	-0.2399
        lex:nog eens	-0.2399
        lex:collaborazione	-0.2401
        lex:sicher nicht	-0.2401
        lex:una collaborazione	-0.2401
        lex:in my	-0.2402
        lex:ist bei	-0.2403
        lex:escriban	-0.2404
        lex:me escriban	-0.2404
        lex:vor zwei	-0.2404
        lex:zwei jahren	-0.2404
        lex:fissare	-0.2408
        lex:uit de	-0.2408
        lex:la foto	-0.2412
        lex:sono	-0.2412
        lex:bas	-0.2414
        lex:hizo	-0.2419
        lex:allais	-0.242
        lex:bene	-0.242
        lex:j allais	-0.242
        lex:sucht ihr	-0.242
        lex:for these	-0.2421
        lex:quebec	-0.2421
        lex:salut	-0.2422
        lex:au quebec	-0.2423
        lex:equipo	-0.2425
        lex:because	-0.2427
        lex:would you	-0.2427
        lex:habts	-0.2429
        lex:myself	-0.2429
        lex:reais	-0.2429
        lex:stuk	-0.2429
        lex:weeks	-0.2429
        lex:interesse an	-0.2431
        lex:my dad	-0.2432
        lex:excelente	-0.2435
        lex:ma l	-0.2436
        lex:sache	-0.2438
        lex:cent wert	-0.2439
        lex:jeden cent	-0.2439
        lex:io a	-0.2444
        lex:serieux	-0.2445
        lex:lief	-0.2446
        lex:de siempre	-0.2447
        lex:sucht	-0.245
        lex:was going	-0.245
        lex:brutais	-0.2457
        lex:hab	-0.2457
        lex:von euch	-0.2458
        lex:euros le	-0.2461
        lex:balles	-0.2469
        lex:aperta	-0.2471
        lex:ouvert	-0.2473
        lex:sola	-0.2477
        lex:ho gia	-0.2479
        lex:la fete	-0.2479
        lex:your site	-0.248
        lex:cercate	-0.2484
        lex:sur la	-0.2484
        lex:katzen	-0.2488
        lex:de piano	-0.2491
        lex:genuinely asking	-0.2491
        lex:hotel	-0.2494
        lex:cafe e	-0.2498
        lex:town	-0.2499
        lex:found someone	-0.2502
        lex:switched	-0.2503
        lex:follower	-0.2509
        lex:unsere	-0.2509
        lex:est pas	-0.2514
        lex:et ils	-0.2516
        lex:o meu	-0.2516
        lex:beschikbaar	-0.2518
        lex:e non	-0.2522
        lex:pela	-0.2522
        lex:sorry	-0.2528
        lex:ano passado	-0.2536
        lex:else now	-0.2536
        lex:prijslijst	-0.2538
        lex:vraag	-0.2539
        lex:santa	-0.2542
        lex:semana santa	-0.2542
        lex:available	-0.2543
        lex:poco	-0.2547
        lex:start monday	-0.2549
        lex:que pena	-0.2553
        lex:avoid	-0.2557
        lex:alguem	-0.2558
        lex:euch machen	-0.2559
        lex:d buy	-0.256
        lex:battery	-0.2562
        lex:going to	-0.2562
        lex:benissimo	-0.2565
        lex:j ai	-0.2565
        lex:storung	-0.2568
        lex:besteld	-0.2572
        lex:la clase	-0.2576
        lex:wahnsinn	-0.2576
        lex:quien	-0.2577
        lex:non merci	-0.2578
        lex:been on	-0.258
        lex:goed	-0.2586
        lex:who s	-0.2587
        lex:self	-0.2588
        lex:fait la	-0.259
        lex:o poi	-0.259
        lex:prima o	-0.259
        lex:mas que	-0.2591
        lex:woanders	-0.2592
        lex:fissare una	-0.2594
        lex:vu	-0.2598
        lex:vu la	-0.2598
        lex:wert	-0.2598
        lex:smettetela	-0.2599
        lex:smettetela di	-0.2599
        lex:estou	-0.26
        lex:austausch	-0.2608
        lex:het voor	-0.2609
        lex:fruher	-0.261
        lex:una call	-0.2613
        lex:niks	-0.2614
        lex:heb zelf	-0.2615
        lex:took	-0.2616
        lex:buongiorno	-0.2617
        lex:posto	-0.2618
        lex:meine oma	-0.2619
        lex:teve	-0.262
        lex:schicken	-0.2622
        lex:zurucklegen	-0.2624
        lex:rude	-0.2626
        lex:ik had	-0.2628
        lex:depa	-0.2629
        lex:la mutuelle	-0.2629
        lex:mutuelle en	-0.2629
        lex:o e	-0.2629
        lex:par la	-0.2629
        lex:im monat	-0.263
        lex:ottimi	-0.2631
        lex:si je	-0.2631
        lex:tutto ok	-0.2634
        lex:zero	-0.2634
        lex:infinita	-0.2637
        lex:und wurde	-0.2642
        lex:summer	-0.2648
        lex:voi a	-0.2649
        lex:ja estou	-0.2652
        lex:migliore	-0.2652
        lex:again	-0.2654
        lex:don	-0.2654
        lex:don t	-0.2654
        lex:votre	-0.2655
        lex:no me	-0.2657
        lex:la musica	-0.2662
        lex:bar	-0.2663
        lex:price list	-0.2663
        lex:graag op	-0.2664
        lex:op jullie	-0.2664
        lex:want this	-0.2666
        lex:does anyone	-0.2667
        lex:fine	-0.2668
        lex:niet	-0.2668
        lex:mich eigentlich	-0.2669
        lex:wollte mich	-0.2669
        lex:congrats	-0.2673
        lex:elke	-0.2683
        lex:of this	-0.2686
        lex:prevu	-0.2689
        lex:nog geen	-0.269
        lex:anyone else	-0.2692
        lex:jaar	-0.2692
        lex:profe	-0.2697
        lex:possiamo fissare	-0.2699
        lex:vor	-0.2699
        lex:an dernier	-0.2706
        lex:have a	-0.2709
        lex:deja	-0.2712
        lex:in het	-0.2712
        lex:torta	-0.2713
        lex:chat	-0.2714
        lex:froide	-0.2716
        lex:obra	-0.2718
        lex:ist das	-0.272
        lex:paciencia	-0.273
        lex:iemand anders	-0.2734
        lex:nu	-0.2734
        lex:m a	-0.2738
        lex:que le	-0.2743
        lex:ragazzi	-0.2748
        lex:bij jullie	-0.2749
        lex:secondo	-0.2752
        lex:abbia	-0.2754
        lex:che abbia	-0.2754
        lex:krypto	-0.2759
        lex:mit krypto	-0.2759
        lex:presa	-0.276
        lex:a milano	-0.2764
        lex:milano	-0.2764
        lex:con una	-0.2765
        lex:have any	-0.2769
        lex:maquina	-0.2782
        lex:como se	-0.2786
        lex:de obra	-0.2786
        lex:einen	-0.2786
        lex:rapide	-0.2793
        lex:wauw	-0.2798
        lex:weg	-0.2799
        lex:liege	-0.28
        lex:eindelijk	-0.2806
        lex:precios	-0.281
        lex:mate	-0.2812
        lex:nix	-0.2813
        lex:an hour	-0.2816
        lex:seguro	-0.2817
        lex:l ho	-0.2823
        lex:hour	-0.2825
        lex:frag fur	-0.2826
        lex:het dorp	-0.2826
        lex:recomendo	-0.2826
        lex:what a	-0.283
        lex:that s	-0.2833
        lex:einem	-0.2834
        lex:is het	-0.2843
        lex:qualche	-0.2853
        lex:cercando	-0.2859
        lex:la festa	-0.2862
        lex:dat je	-0.2865
        lex:lavoro come	-0.2867
        lex:estava	-0.2869
        lex:sind ein	-0.2869
        lex:que no	-0.287
        lex:a natale	-0.2875
        lex:someone else	-0.2876
        lex:trop	-0.2876
        lex:een andere	-0.2879
        lex:fotos	-0.2879
        lex:apply	-0.2881
        lex:on tuesday	-0.2882
        lex:gorgeous	-0.2884
        lex:schones	-0.2888
        lex:en wil	-0.2889
        lex:gracias por	-0.2894
        lex:onesto	-0.2898
        lex:prezzo onesto	-0.2898
        lex:quand meme	-0.2898
        lex:clients	-0.2901
        lex:sp	-0.2901
        lex:prenotato per	-0.2902
        lex:any openings	-0.2908
        lex:openings	-0.2908
        lex:imposible	-0.291
        lex:hoje	-0.2912
        lex:non c	-0.2917
        lex:weiss jemand	-0.2919
        lex:were	-0.2919
        lex:arrancamos	-0.2921
        lex:arrancamos el	-0.2921
        lex:volte	-0.2921
        lex:uberhaupt	-0.2922
        lex:ha	-0.2927
        lex:sabe si	-0.2927
        lex:question	-0.2928
        lex:interessant	-0.293
        lex:fair	-0.2934
        lex:trotzdem nette	-0.2935
        lex:export	-0.294
        lex:you have	-0.2942
        lex:my own	-0.2943
        lex:vossa	-0.2943
        lex:data	-0.295
        lex:amor	-0.2955
        lex:yet or	-0.2955
        lex:cleaner	-0.2959
        lex:schnelle lieferung	-0.2961
        lex:jeden	-0.2965
        lex:pazienza	-0.2965
        lex:beratung	-0.2968
        lex:vida	-0.2969
        lex:jajaja	-0.2972
        lex:and need	-0.2977
        lex:de novo	-0.298
        lex:mine	-0.2981
        lex:somos	-0.2983
        lex:waar	-0.2983
        lex:novo	-0.2985
        lex:tutto	-0.2985
        lex:chama no	-0.2987
        lex:you ever	-0.2992
        lex:siamo una	-0.2993
        lex:ai	-0.2995
        lex:op de	-0.2995
        lex:much would	-0.2996
        lex:yrs	-0.2997
        lex:mi hanno	-0.2998
        lex:euro	-0.3001
        lex:un sait	-0.3004
        lex:filmpje	-0.3006
        lex:idea	-0.3008
        lex:wil graag	-0.3013
        lex:uber die	-0.3015
        lex:el ano	-0.302
        lex:lessen	-0.3022
        lex:welke	-0.3023
        lex:even	-0.3026
        lex:the summer	-0.3027
        lex:is die	-0.3029
        lex:melde	-0.3029
        lex:melde mich	-0.3029
        lex:domenica	-0.3031
        lex:ils	-0.3032
        lex:inutile	-0.3032
        lex:inutile de	-0.3032
        lex:li ho	-0.3035
        lex:perfetti	-0.3035
        lex:y	-0.3038
        lex:mooi	-0.3041
        lex:altro	-0.3042
        lex:preso	-0.3042
        lex:paying	-0.3047
        lex:cosi	-0.305
        lex:par	-0.3057
        lex:autre	-0.3061
        lex:site on	-0.3063
        lex:this morning	-0.3065
        lex:eventos	-0.3067
        lex:reel	-0.3069
        lex:dorp	-0.307
        lex:got	-0.307
        lex:my kids	-0.3071
        lex:ete	-0.3072
        lex:bufala	-0.3076
        lex:sorted	-0.308
        lex:boh	-0.3081
        lex:geworden	-0.3085
        lex:all	-0.3086
        lex:ci ha	-0.3088
        lex:spot	-0.3089
        lex:nie	-0.3093
        lex:ah non	-0.3112
        lex:coni	-0.3113
        lex:siamo un	-0.3113
        lex:you re	-0.3121
        lex:did	-0.3126
        lex:obrigada	-0.313
        lex:acuerdo	-0.3136
        lex:altijd	-0.3136
        lex:tschuss	-0.3137
        lex:peu	-0.314
        lex:marcacao	-0.3141
        lex:nel	-0.3141
        lex:fazer uma	-0.3142
        lex:kopen	-0.3144
        lex:articolo	-0.3147
        lex:pay	-0.315
        lex:uber eine	-0.3152
        lex:empresa	-0.3154
        lex:ai em	-0.3165
        lex:quelle	-0.3172
        lex:nunca	-0.3176
        lex:bravo	-0.3177
        lex:bom	-0.3185
        lex:la margherita	-0.3188
        lex:mich gern	-0.3195
        lex:fast	-0.3202
        lex:tosa	-0.3204
        lex:carta	-0.3206
        lex:podemos	-0.3207
        lex:auf	-0.3213
        lex:demais	-0.3214
        lex:ola	-0.3215
        lex:warn	-0.3215
        lex:it true	-0.3222
        lex:torte	-0.3222
        lex:nette	-0.3229
        lex:das auch	-0.3231
        lex:passati	-0.3236
        lex:interesse in	-0.3237
        lex:drop a	-0.3245
        lex:list round	-0.3245
        lex:werk	-0.3245
        lex:voces	-0.325
        lex:a local	-0.3252
        lex:voor de	-0.3252
        lex:scuse	-0.3253
        lex:al final	-0.3257
        lex:final	-0.3257
        lex:quem	-0.3259
        lex:ou so	-0.326
        lex:wij hebben	-0.3261
        lex:mi novio	-0.3265
        lex:novio	-0.3265
        lex:clinicas	-0.3267
        lex:est toujours	-0.327
        lex:software de	-0.327
        lex:ter info	-0.3274
        lex:a price	-0.3276
        lex:drop	-0.3278
        lex:banco	-0.3279
        lex:in casa	-0.3279
        lex:bien	-0.3281
        lex:true	-0.3282
        lex:il numero	-0.3283
        lex:pregunta	-0.3283
        lex:professor	-0.3283
        lex:content	-0.3284
        lex:festa di	-0.3286
        lex:site	-0.329
        lex:to fix	-0.3291
        lex:ferragosto	-0.3295
        lex:minutes	-0.3299
        lex:bin	-0.3304
        lex:mere	-0.3305
        lex:lunes	-0.3306
        lex:is dit	-0.3307
        lex:weer open	-0.3314
        lex:partie	-0.3324
        lex:portato	-0.3327
        lex:list	-0.3333
        lex:a mi	-0.3335
        lex:sillon	-0.3341
        lex:dat jullie	-0.3352
        lex:it ll	-0.3352
        lex:zondag	-0.3352
        lex:these days	-0.3357
        lex:eh	-0.3359
        lex:jetzt	-0.3359
        lex:found	-0.3361
        lex:ya	-0.3361
        lex:loved it	-0.3363
        lex:al giorno	-0.3364
        lex:guadagna	-0.3366
        lex:going	-0.337
        lex:giorno	-0.3372
        lex:est la	-0.3373
        lex:danke fur	-0.3374
        lex:what	-0.3374
        lex:hoy	-0.3375
        lex:azienda	-0.3378
        lex:un azienda	-0.3378
        lex:di natale	-0.3379
        lex:wel	-0.3379
        lex:zit er	-0.3383
        lex:appelez	-0.3384
        lex:bordeaux	-0.3387
        lex:pa mi	-0.3387
        lex:azienda di	-0.339
        lex:euros	-0.339
        lex:haha	-0.3392
        lex:serve	-0.3394
        lex:davvero	-0.3408
        lex:meses	-0.3412
        lex:o casamento	-0.3412
        lex:wollte	-0.3415
        lex:cherche	-0.3417
        lex:y a	-0.3419
        lex:price of	-0.3425
        lex:valeu	-0.3429
        lex:comprei	-0.343
        lex:hard	-0.3438
        lex:vicino	-0.3448
        lex:volumen	-0.3449
        lex:je cherche	-0.3452
        lex:ma la	-0.3454
        lex:laisse	-0.3455
        lex:nickel	-0.346
        lex:met de	-0.3475
        lex:onze	-0.3476
        lex:ano	-0.3486
        lex:het	-0.3497
        lex:zijn jullie	-0.3498
        lex:aan	-0.3504
        lex:ou	-0.3514
        lex:last	-0.3519
        lex:loads	-0.3519
        lex:barato	-0.3524
        lex:zou	-0.3524
        lex:jammer	-0.3526
        lex:ordered the	-0.3526
        lex:passare a	-0.3528
        lex:clase	-0.3543
        lex:sicher	-0.355
        lex:especial	-0.3552
        lex:altrove	-0.3557
        lex:alguem mais	-0.3558
        lex:came	-0.3571
        lex:and still	-0.358
        lex:zelf	-0.3583
        lex:software	-0.3595
        lex:macht ihr	-0.3596
        lex:on a	-0.3596
        lex:outra	-0.3602
        lex:en general	-0.3609
        lex:general	-0.3609
        lex:alles	-0.3617
        lex:quiero pa	-0.3621
        lex:de donde	-0.3624
        lex:donde es	-0.3624
        lex:great	-0.3652
        lex:envoie	-0.3655
        lex:vous envoie	-0.3655
        lex:salve	-0.3659
        lex:ano pasado	-0.3675
        lex:total	-0.3679
        lex:margherita	-0.3683
        lex:siempre	-0.369
        lex:il sabato	-0.3696
        lex:esa	-0.3699
        lex:il mio	-0.3705
        lex:just	-0.3708
        lex:un peu	-0.3711
        lex:servus	-0.3719
        lex:mag ik	-0.3726
        lex:is that	-0.3733
        lex:sowas	-0.3734
        lex:di	-0.3738
        lex:cuantos	-0.3741
        lex:experience	-0.3741
        lex:pena	-0.3744
        lex:jaja	-0.3758
        lex:ese	-0.3775
        lex:demande pour	-0.3789
        lex:oder	-0.3802
        lex:ormai	-0.3804
        lex:room	-0.3805
        lex:anche la	-0.3809
        lex:casamento	-0.381
        lex:iemand of	-0.3812
        lex:of de	-0.3812
        lex:weet iemand	-0.3812
        lex:ondas	-0.3813
        lex:pasado	-0.3817
        lex:to see	-0.3817
        lex:fica para	-0.3819
        lex:saisi	-0.382
        lex:jour	-0.3826
        lex:eigenlijk	-0.3839
        lex:j	-0.3839
        lex:old	-0.3842
        lex:jullie open	-0.3846
        lex:gemiddeld	-0.3852
        lex:procurando	-0.3857
        lex:to procurando	-0.3857
        lex:install	-0.3878
        lex:hi	-0.3881
        lex:nicht	-0.39
        lex:un concurrent	-0.39
        lex:trade	-0.3921
        lex:nachbar	-0.3931
        lex:offen	-0.3932
        lex:osteo	-0.3932
        lex:est bon	-0.394
        lex:a ferragosto	-0.3944
        lex:o orcamento	-0.3954
        lex:proxima	-0.3954
        lex:beste	-0.396
        lex:asking	-0.3964
        lex:bike	-0.3974
        lex:donde	-0.3976
        lex:si la	-0.3981
        lex:ia	-0.3984
        lex:col	-0.3995
        lex:euch	-0.4006
        lex:mooie	-0.4007
        lex:beter	-0.4016
        lex:thanks	-0.4025
        lex:chez	-0.4033
        lex:junior	-0.4044
        lex:de noel	-0.4045
        lex:je suis	-0.4047
        lex:chez un	-0.4049
        lex:ma siete	-0.4049
        lex:musica	-0.405
        lex:de la	-0.4051
        lex:codigo	-0.4056
        lex:zijn	-0.4056
        lex:mag	-0.4063
        lex:temos	-0.4063
        lex:anders	-0.4072
        lex:used to	-0.4079
        lex:uit	-0.4086
        lex:hoi	-0.4095
        lex:ni	-0.4105
        lex:frag nur	-0.4111
        lex:concurrent	-0.4114
        lex:aus der	-0.4121
        lex:so curiosidade	-0.4127
        lex:genial	-0.4134
        lex:six	-0.4134
        stated-not-asked	-0.4136
        lex:niet meer	-0.4153
        lex:worth it	-0.4164
        lex:chama	-0.4172
        lex:minuten	-0.418
        lex:why	-0.4184
        lex:entregador	-0.4189
        lex:already	-0.4209
        lex:dernier	-0.4225
        lex:sind	-0.423
        lex:available in	-0.4252
        lex:passado	-0.4268
        lex:angebot machen	-0.4276
        lex:ein	-0.4279
        lex:gerne	-0.4319
        lex:le votre	-0.4348
        lex:habts ihr	-0.4353
        lex:nodig	-0.4355
        lex:life	-0.4358
        lex:my life	-0.4358
        lex:orcamento	-0.4359
        lex:danke	-0.436
        lex:winter	-0.4365
        lex:vroeger	-0.4367
        lex:un	-0.4378
        lex:suis	-0.4381
        lex:tbh	-0.4381
        lex:through	-0.4399
        lex:fete de	-0.4409
        lex:is this	-0.4413
        lex:l an	-0.4425
        lex:wir sind	-0.4427
        review-4-5-stars	-0.4435
        lex:bit	-0.4436
        lex:ahora	-0.4437
        lex:ik ben	-0.445
        lex:wieder	-0.4458
        lex:numero	-0.4464
        lex:foto	-0.4483
        lex:this	-0.4487
        lex:que	-0.4489
        lex:never	-0.4492
        lex:pass	-0.4506
        lex:en mp	-0.4513
        lex:not me	-0.4513
        lex:mee	-0.4517
        lex:leaving	-0.4531
        lex:colazione con	-0.4559
        lex:con torte	-0.4559
        lex:fatte	-0.4559
        lex:fatte in	-0.4559
        lex:torte fatte	-0.4559
        lex:maandag	-0.4566
        lex:sms	-0.4578
        lex:tan	-0.4578
        lex:lassen	-0.4581
        lex:usate	-0.4589
        lex:abgesagt	-0.46
        lex:schnelle	-0.4602
        lex:pass rate	-0.4605
        lex:vandaag	-0.4622
        lex:local	-0.4648
        lex:weekend	-0.4649
        lex:shooter	-0.4651
        lex:ich bin	-0.4654
        lex:ravie de	-0.4661
        lex:serais ravie	-0.4664
        lex:sait si	-0.4665
        lex:festa	-0.4667
        lex:for one	-0.4683
        lex:t	-0.4696
        lex:alguien sabe	-0.4754
        lex:se la	-0.476
        lex:toda	-0.4761
        lex:these	-0.479
        lex:prenotato	-0.4791
        lex:une demo	-0.48
        lex:see	-0.4817
        lex:domingo	-0.4857
        lex:propose	-0.4859
        lex:propose un	-0.4859
        lex:coaches	-0.488
        lex:curiosidade	-0.4882
        lex:dispo pour	-0.4882
        lex:loco	-0.4886
        lex:chiedo	-0.4902
        lex:large	-0.4902
        lex:disponibili	-0.491
        lex:dank	-0.4912
        lex:ein angebot	-0.4916
        lex:parents	-0.4929
        lex:you in	-0.4943
        lex:settimane	-0.4944
        lex:in dm	-0.4945
        lex:tank	-0.4947
        lex:je serais	-0.4957
        lex:serais	-0.4957
        lex:video	-0.4975
        lex:deste	-0.4981
        lex:prima	-0.5011
        lex:eens	-0.5024
        lex:moins	-0.5033
        lex:every	-0.5039
        lex:lembras	-0.5061
        lex:lembras te	-0.5061
        lex:io	-0.5063
        lex:wij	-0.5077
        lex:change	-0.5079
        lex:yo	-0.5127
        lex:euch eigentlich	-0.5132
        lex:i m	-0.5137
        lex:oma	-0.5146
        lex:hat	-0.5168
        lex:wann	-0.5194
        lex:sa se	-0.5206
        lex:darf ich	-0.5213
        lex:tout	-0.5223
        lex:la domenica	-0.5246
        lex:ever	-0.5283
        lex:pregunto	-0.5283
        lex:ma	-0.5301
        lex:hanno	-0.5366
        lex:cher	-0.5367
        lex:merci	-0.5372
        lex:have	-0.5379
        lex:en el	-0.5389
        lex:op maandag	-0.5389
        lex:normal	-0.5401
        lex:sait	-0.5414
        lex:min	-0.5419
        lex:todo	-0.549
        lex:dommage	-0.5508
        lex:darf	-0.5517
        lex:weet	-0.5526
        lex:foi	-0.553
        lex:praia	-0.5545
        lex:here	-0.5566
        lex:vie	-0.5579
        lex:sa	-0.5589
        lex:noel	-0.56
        lex:schone	-0.5615
        lex:open	-0.5643
        lex:used	-0.5645
        lex:colazione	-0.5679
        lex:gracias	-0.5718
        lex:app	-0.5765
        lex:dopo	-0.5794
        lex:so	-0.5833
        lex:worth	-0.5845
        lex:ho	-0.5859
        lex:that	-0.5888
        lex:uber	-0.5946
        lex:marque	-0.6023
        lex:in the	-0.6095
        lex:es	-0.6105
        lex:frag	-0.6122
        lex:ter	-0.6136
        lex:macht	-0.6149
        lex:plus	-0.6172
        lex:photographe	-0.6277
        lex:lieferung	-0.6328
        lex:who	-0.6332
        lex:hey	-0.6377
        lex:qui	-0.648
        curiosity	-0.6511
        lex:otra	-0.6514
        lex:meer	-0.6538
        past	-0.6753
        lex:natale	-0.6817
        lex:zo	-0.6833
        lex:else	-0.6914
        lex:dj	-0.7076
        lex:echt	-0.7143
        lex:vos	-0.7202
        lex:mais	-0.7217
        lex:chiedo per	-0.7238
        lex:not	-0.7276
        lex:sitio	-0.7279
        lex:was	-0.7294
        lex:ya me	-0.7315
        lex:ciao	-0.7352
        lex:aber	-0.7371
        lex:ben	-0.7478
        lex:ordered	-0.7655
        lex:ah	-0.7897
        lex:mercado	-0.7927
        lex:sabe se	-0.7933
        lex:had	-0.8227
        lex:aus	-0.8271
        lex:era	-0.8439
        lex:pero	-0.8626
        lex:book	-0.8725
        sarcasm	-0.881
        lex:che	-0.9126
        lex:alguem sabe	-0.9187
        lex:trotzdem	-0.9436
        lex:eigentlich	-0.9885
        lex:mas	-1.0287
        lex:interesse	-1.2497
        praise	-1.2976
        lex:sabe	-1.3953
        off-topic	-1.4597
        multi-tag	-1.5488
        resolved	-1.7175
        stated-in-past	-1.7318
        seller-intro	-1.8869
        abuse	-1.9439
        rejection	-2.0513
        memory	-2.1082
        laughter	-2.1729
        giveaway	-2.5344
        rhetorical	-2.5475
        vendor-pitch	-2.58
        follower-spam	-2.7188
        non-customer	-2.9972
        self-promotion	-3.0011
        emoji-only	-3.0174
        withdrawn	-3.1471
        job-seeker	-3.1502
        refusal	-3.3679
        intent:availability:availability-ask	3.087
        intent:availability:availability-question	1.9982
        intent:availability:price-shape	1.4307
        intent:availability:review-4-5-stars	1.0436
        intent:availability:complaint-with-request	0.6001
        intent:availability:praise	0.5849
        intent:availability:booking-noun	0.5776
        intent:availability:question	0.5734
        intent:availability:timing	0.4372
        intent:availability:question-opener	0.4367
        intent:availability:booking-ask	0.4232
        intent:availability:complaint	0.3241
        intent:availability:current-provider	0.3159
        intent:availability:purchase-topic	0.2888
        intent:availability:purchase-ask	0.2872
        intent:availability:booking-request	0.2848
        intent:availability:long-text	0.2564
        intent:availability:switching	0.2196
        intent:availability:addressed-question	0.1469
        intent:availability:negated-cue	0.085
        intent:availability:seeking-replacement	0.0799
        intent:availability:withdrawn	-0.0003
        intent:availability:resolved	-0.0006
        intent:availability:non-customer	-0.0109
        intent:availability:rejection	-0.0157
        intent:availability:return-booked	-0.0191
        intent:availability:refusal	-0.0266
        intent:availability:(bias)	-0.0285
        intent:availability:abuse	-0.0351
        intent:availability:seller-intro	-0.0423
        intent:availability:future-visit	-0.0433
        intent:availability:curiosity	-0.0684
        intent:availability:party-size	-0.0734
        intent:availability:off-topic	-0.0961
        intent:availability:conditional-offer	-0.1084
        intent:availability:stated-not-asked	-0.1319
        intent:availability:rhetorical	-0.1471
        intent:availability:stated-in-past	-0.149
        intent:availability:callback-promise	-0.1559
        intent:availability:imperative-request	-0.1563
        intent:availability:job-seeker	-0.1904
        intent:availability:mention	-0.2026
        intent:availability:sarcasm	-0.2536
        intent:availability:tag-plan	-0.2579
        intent:availability:how-much	-0.3006
        intent:availability:follower-spam	-0.3264
        intent:availability:need-plan	-0.3674
        intent:availability:contact-ask	-0.3973
        intent:availability:reply	-0.424
        intent:availability:review-1-2-stars	-0.4519
        intent:availability:review-3-stars	-0.456
        intent:availability:request	-0.5009
        intent:availability:vendor-pitch	-0.5313
        intent:availability:laughter	-0.5839
        intent:availability:recovery	-0.5876
        intent:availability:multi-tag	-0.6548
        intent:availability:giveaway	-0.6926
        intent:availability:friend-tag	-0.6987
        intent:availability:deal-ask	-0.7724
        intent:availability:contact-sent	-0.8535
        intent:availability:price-word	-0.8719
        intent:availability:past	-0.9298
        intent:availability:price-ask	-0.9974
        intent:availability:sign-up	-1.0793
        intent:availability:lex:any	0.4516
        intent:availability:lex:in	0.4495
        intent:availability:lex:tienen	0.3874
        intent:availability:lex:or	0.3286
        intent:availability:lex:no	0.3023
        intent:availability:lex:en la	0.2601
        intent:availability:lex:el	0.2539
        intent:availability:lex:des	0.2221
        intent:availability:lex:noch	0.2212
        intent:availability:lex:queria	0.2182
        intent:availability:lex:anyone	0.2178
        intent:availability:lex:se	0.2153
        intent:availability:lex:of	0.2103
        intent:availability:lex:week	0.2014
        intent:availability:lex:is	0.187
        intent:availability:lex:new	0.1829
        intent:availability:lex:january	0.1797
        intent:availability:lex:or is	0.1628
        intent:availability:lex:die	0.1626
        intent:availability:lex:booked	0.1591
        intent:availability:lex:vorrei sapere	0.1589
        intent:availability:lex:sapere	0.158
        intent:availability:lex:le	0.1574
        intent:availability:lex:a galera	0.1523
        intent:availability:lex:galera	0.1523
        intent:availability:lex:wollen	0.1517
        intent:availability:lex:einen	0.1497
        intent:availability:lex:segunda	0.1486
        intent:availability:lex:c e	0.1478
        intent:availability:lex:queria passar	0.1448
        intent:availability:lex:in leeds	0.1423
        intent:availability:lex:boiler	0.142
        intent:availability:lex:vorrei	0.1398
        intent:availability:lex:je suis	0.1393
        intent:availability:lex:suis	0.1393
        intent:availability:lex:noch in	0.1385
        intent:availability:lex:gibts	0.1349
        intent:availability:lex:wird	0.1339
        intent:availability:lex:alguem	0.1331
        intent:availability:lex:passar	0.1329
        intent:availability:lex:today	0.1319
        intent:availability:lex:leeds	0.1317
        intent:availability:lex:habts	0.1303
        intent:availability:lex:since	0.1287
        intent:availability:lex:casa	0.1282
        intent:availability:lex:in de	0.128
        intent:availability:lex:julio	0.1257
        intent:availability:lex:m	0.1255
        intent:availability:lex:la noche	0.1241
        intent:availability:lex:noche	0.1241
        intent:availability:lex:riuscite	0.1235
        intent:availability:lex:riuscite a	0.1235
        intent:availability:lex:agosto	0.1225
        intent:availability:lex:am	0.1216
        intent:availability:lex:any chance	0.1205
        intent:availability:lex:il	0.12
        intent:availability:lex:left	0.1199
        intent:availability:lex:chance	0.1186
        intent:availability:lex:got any	0.1175
        intent:availability:lex:evening	0.1172
        intent:availability:lex:passo	0.1165
        intent:availability:lex:de casa	0.1162
        intent:availability:lex:still	0.1157
        intent:availability:lex:casamos	0.1148
        intent:availability:lex:got	0.1147
        intent:availability:lex:se me	0.1133
        intent:availability:lex:fiquei	0.1132
        intent:availability:lex:has	0.1114
        intent:availability:lex:sto	0.1106
        intent:availability:lex:been	0.11
        intent:availability:lex:demain	0.1099
        intent:availability:lex:know	0.1099
        intent:availability:lex:desks	0.1094
        intent:availability:lex:pode vir	0.1089
        intent:availability:lex:rotto	0.1083
        intent:availability:lex:que	0.1075
        intent:availability:lex:cita	0.107
        intent:availability:lex:voces	0.1069
        intent:availability:lex:em	0.1068
        intent:availability:lex:les	0.1062
        intent:availability:lex:ihr ab	0.1059
        intent:availability:lex:aprem	0.1052
        intent:availability:lex:en	0.105
        intent:availability:lex:sto a	0.1048
        intent:availability:lex:feriado	0.1038
        intent:availability:lex:area	0.1035
        intent:availability:lex:domingo	0.1035
        intent:availability:lex:gekundigt	0.1034
        intent:availability:lex:ab q2	0.1033
        intent:availability:lex:q2 einen	0.1033
        intent:availability:lex:course	0.1028
        intent:availability:lex:packed	0.1028
        intent:availability:lex:packed in	0.1028
        intent:availability:lex:taking	0.1027
        intent:availability:lex:someone	0.1026
        intent:availability:lex:hora	0.1025
        intent:availability:lex:para hoy	0.1025
        intent:availability:lex:roma	0.1021
        intent:availability:lex:se e	0.1021
        intent:availability:lex:via roma	0.1021
        intent:availability:lex:trilocale	0.102
        intent:availability:lex:mesa	0.1019
        intent:availability:lex:s	0.1016
        intent:availability:lex:buen	0.1014
        intent:availability:lex:possibile	0.1014
        intent:availability:lex:buro	0.1013
        intent:availability:lex:can anyone	0.1006
        intent:availability:lex:hay	0.1001
        intent:availability:lex:le samedi	0.0998
        intent:availability:lex:in via	0.0995
        intent:availability:lex:kitchen	0.0994
        intent:availability:lex:quando	0.0991
        intent:availability:lex:fully	0.0989
        intent:availability:lex:space	0.0988
        intent:availability:lex:clients	0.0986
        intent:availability:lex:new clients	0.0986
        intent:availability:lex:sunday	0.0986
        intent:availability:lex:taking new	0.0986
        intent:availability:lex:cita para	0.0983
        intent:availability:lex:sabado	0.0981
        intent:availability:lex:place demain	0.098
        intent:availability:lex:em minas	0.0977
        intent:availability:lex:casamento	0.0976
        intent:availability:lex:casamento em	0.0976
        intent:availability:lex:bis	0.0969
        intent:availability:lex:em agosto	0.0969
        intent:availability:lex:vir	0.0968
        intent:availability:lex:know if	0.0964
        intent:availability:lex:voces fazem	0.0962
        intent:availability:lex:para el	0.0959
        intent:availability:lex:alguem pode	0.0958
        intent:availability:lex:tenes	0.0958
        intent:availability:lex:avez de	0.0957
        intent:availability:lex:start	0.0944
        intent:availability:lex:til	0.0944
        intent:availability:lex:q2	0.0939
        intent:availability:lex:demain aprem	0.0937
        intent:availability:lex:minas	0.0936
        intent:availability:lex:zeit	0.0935
        intent:availability:lex:che la	0.0928
        intent:availability:lex:che passo	0.0928
        intent:availability:lex:chiamatemi	0.0928
        intent:availability:lex:fosse	0.0928
        intent:availability:lex:gentilissimi	0.0928
        intent:availability:lex:peccato	0.0928
        intent:availability:lex:peccato che	0.0928
        intent:availability:lex:volevo	0.0928
        intent:availability:lex:passo a	0.0926
        intent:availability:lex:no feriado	0.0923
        intent:availability:lex:vcs	0.0921
        intent:availability:lex:avez	0.0913
        intent:availability:lex:montatura	0.0908
        intent:availability:lex:therme	0.0895
        intent:availability:lex:appena	0.0893
        intent:availability:lex:hat	0.0887
        intent:availability:lex:nog in	0.0886
        intent:availability:lex:i still	0.0877
        intent:availability:lex:kommen	0.0877
        intent:availability:lex:order for	0.0877
        intent:availability:lex:test	0.0875
        intent:availability:lex:making	0.0873
        intent:availability:lex:making a	0.0873
        intent:availability:lex:noise	0.0873
        intent:availability:lex:arriva	0.0866
        intent:availability:lex:buongiorno	0.0864
        intent:availability:lex:in january	0.0859
        intent:availability:lex:is the	0.0858
        intent:availability:lex:quiero	0.0858
        intent:availability:lex:ein	0.0856
        intent:availability:lex:losing	0.0851
        intent:availability:lex:s been	0.0851
        intent:availability:lex:covers	0.0849
        intent:availability:lex:oder	0.0847
        intent:availability:lex:vi	0.0847
        intent:availability:lex:queria levar	0.0845
        intent:availability:lex:samedi	0.0843
        intent:availability:lex:via	0.0843
        intent:availability:lex:pode	0.0838
        intent:availability:lex:el viernes	0.0835
        intent:availability:lex:wien	0.0828
        intent:availability:lex:viernes	0.0825
        intent:availability:lex:plantao	0.0821
        intent:availability:lex:eh	0.082
        intent:availability:lex:a bergamo	0.0818
        intent:availability:lex:bergamo	0.0817
        intent:availability:lex:suis a	0.0807
        intent:availability:lex:chance of	0.0803
        intent:availability:lex:the new	0.0795
        intent:availability:lex:vs	0.0792
        intent:availability:lex:evier	0.0791
        intent:availability:lex:fuite sous	0.0791
        intent:availability:lex:l evier	0.0791
        intent:availability:lex:sous l	0.0791
        intent:availability:lex:ihr am	0.0789
        intent:availability:lex:sous	0.0787
        intent:availability:lex:free the	0.0785
        intent:availability:lex:fuite	0.0783
        intent:availability:lex:cusco	0.0777
        intent:availability:lex:desayuno	0.0777
        intent:availability:lex:en cusco	0.0777
        intent:availability:lex:mis	0.0777
        intent:availability:lex:rico	0.0777
        intent:availability:lex:she	0.0777
        intent:availability:lex:las negras	0.0773
        intent:availability:lex:negras	0.0773
        intent:availability:lex:tienen en	0.0773
        intent:availability:lex:kids	0.0772
        intent:availability:lex:vaga	0.0772
        intent:availability:lex:de queijo	0.0771
        intent:availability:lex:familia	0.0771
        intent:availability:lex:pao de	0.0771
        intent:availability:lex:pra familia	0.0771
        intent:availability:lex:queijo	0.0771
        intent:availability:lex:pegar	0.077
        intent:availability:lex:free this	0.0768
        intent:availability:lex:chiquito	0.0767
        intent:availability:lex:easter	0.0765
        intent:availability:lex:hoy en	0.0765
        intent:availability:lex:o ya	0.0764
        intent:availability:lex:ya se	0.0764
        intent:availability:lex:aumento	0.0762
        intent:availability:lex:lentes de	0.0762
        intent:availability:lex:lentes	0.0761
        intent:availability:lex:water	0.0757
        intent:availability:lex:noch ein	0.0748
        intent:availability:lex:tem no	0.0746
        intent:availability:lex:gibt	0.0745
        intent:availability:lex:a grinding	0.0743
        intent:availability:lex:anyone at	0.0743
        intent:availability:lex:grinding	0.0743
        intent:availability:lex:grinding noise	0.0743
        intent:availability:lex:tamanho	0.0743
        intent:availability:lex:tmrw	0.0743
        intent:availability:lex:allo	0.0737
        intent:availability:lex:papas	0.0735
        intent:availability:lex:familie	0.073
        intent:availability:lex:wollen mit	0.073
        intent:availability:lex:bakfiets	0.0729
        intent:availability:lex:bakfiets nog	0.0729
        intent:availability:lex:die bakfiets	0.0729
        intent:availability:lex:car	0.0727
        intent:availability:lex:mit der	0.0725
        intent:availability:lex:ausbaufahig	0.0724
        intent:availability:lex:avete	0.0724
        intent:availability:lex:bereich	0.0724
        intent:availability:lex:fruhstuck	0.0724
        intent:availability:lex:janner noch	0.0724
        intent:availability:lex:aura	0.0722
        intent:availability:lex:there	0.0722
        intent:availability:lex:ausg	0.0721
        intent:availability:lex:ausg steckt	0.0721
        intent:availability:lex:de gootsteen	0.0721
        intent:availability:lex:gootsteen	0.0721
        intent:availability:lex:spa	0.0721
        intent:availability:lex:steckt	0.0721
        intent:availability:lex:pouvez passer	0.072
        intent:availability:lex:gibt s	0.0718
        intent:availability:lex:spargel	0.0718
        intent:availability:lex:ihr	0.0715
        intent:availability:lex:need someone	0.0714
        intent:availability:lex:pao	0.0711
        intent:availability:lex:schoner	0.0711
        intent:availability:lex:cedo	0.0709
        intent:availability:lex:week of	0.0708
        intent:availability:lex:at it	0.0706
        intent:availability:lex:otimo	0.0705
        intent:availability:lex:queria no	0.0705
        intent:availability:lex:been waiting	0.0703
        intent:availability:lex:no meu	0.0703
        intent:availability:lex:waiting	0.07
        intent:availability:lex:fico	0.0698
        intent:availability:lex:in again	0.0698
        intent:availability:lex:verkocht	0.0698
        intent:availability:lex:winkel	0.0698
        intent:availability:lex:que eu	0.0697
        intent:availability:lex:for a	0.0694
        intent:availability:lex:weer	0.0694
        intent:availability:lex:fijne	0.0693
        intent:availability:lex:ik zou	0.0693
        intent:availability:lex:signed	0.0692
        intent:availability:lex:weten	0.0692
        intent:availability:lex:faites les	0.0691
        intent:availability:lex:levar	0.069
        intent:availability:lex:samstag no	0.0689
        intent:availability:lex:zou graag	0.0689
        intent:availability:lex:pasar por	0.0687
        intent:availability:lex:zou	0.0687
        intent:availability:lex:slots	0.0686
        intent:availability:lex:que hora	0.0685
        intent:availability:lex:a que	0.0684
        intent:availability:lex:hoje em	0.0684
        intent:availability:lex:un peu	0.0683
        intent:availability:lex:volver	0.0682
        intent:availability:lex:en talla	0.0681
        intent:availability:lex:talla	0.0681
        intent:availability:lex:talla m	0.0681
        intent:availability:lex:fur a	0.068
        intent:availability:lex:peu	0.068
        intent:availability:lex:onder	0.0679
        intent:availability:lex:onder de	0.0679
        intent:availability:lex:antes de	0.0678
        intent:availability:lex:asap	0.0678
        intent:availability:lex:ik me	0.0678
        intent:availability:lex:depois do	0.0677
        intent:availability:lex:feira	0.0677
        intent:availability:lex:tao	0.0677
        intent:availability:lex:vcs tao	0.0677
        intent:availability:lex:treino	0.0676
        intent:availability:lex:you have	0.0676
        intent:availability:lex:weer een	0.0675
        intent:availability:lex:essen	0.0673
        intent:availability:lex:tem	0.0673
        intent:availability:lex:these in	0.0671
        intent:availability:lex:wide	0.0671
        intent:availability:lex:agora	0.0667
        intent:availability:lex:mag	0.0667
        intent:availability:lex:atendimento	0.0666
        intent:availability:lex:yours	0.0666
        intent:availability:lex:aguardo	0.0664
        intent:availability:lex:pasar	0.0664
        intent:availability:lex:le week	0.0663
        intent:availability:lex:soon	0.0663
        intent:availability:lex:week end	0.0663
        intent:availability:lex:clientes	0.0659
        intent:availability:lex:in utrecht	0.0658
        intent:availability:lex:intensive	0.0656
        intent:availability:lex:intensive course	0.0656
        intent:availability:lex:weg	0.0655
        intent:availability:lex:servico	0.0653
        intent:availability:lex:tem vaga	0.0652
        intent:availability:lex:ce l	0.0651
        intent:availability:lex:l avete	0.0651
        intent:availability:lex:ultimo	0.0651
        intent:availability:lex:iemand	0.065
        intent:availability:lex:la semana	0.065
        intent:availability:lex:e qualcuno	0.0649
        intent:availability:lex:comida	0.0648
        intent:availability:lex:des nouvelles	0.0648
        intent:availability:lex:la comida	0.0648
        intent:availability:lex:nouvelles	0.0648
        intent:availability:lex:adults	0.0646
        intent:availability:lex:che	0.0642
        intent:availability:lex:venir	0.0636
        intent:availability:lex:faites	0.0634
        intent:availability:lex:augsburg	0.0633
        intent:availability:lex:in augsburg	0.0633
        intent:availability:lex:the week	0.0633
        intent:availability:lex:after	0.0631
        intent:availability:lex:algo	0.0629
        intent:availability:lex:no a	0.0629
        intent:availability:lex:woch	0.0629
        intent:availability:lex:es algo	0.0628
        intent:availability:lex:heute	0.0626
        intent:availability:lex:chiquito en	0.0625
        intent:availability:lex:im keller	0.0625
        intent:availability:lex:eich	0.0623
        intent:availability:lex:griass eich	0.0623
        intent:availability:lex:griass	0.0622
        intent:availability:lex:delivery	0.062
        intent:availability:lex:furs wochenende	0.062
        intent:availability:lex:tropft	0.062
        intent:availability:lex:wochenende	0.062
        intent:availability:lex:bornes	0.0618
        intent:availability:lex:bornes de	0.0618
        intent:availability:lex:de recharge	0.0618
        intent:availability:lex:recharge	0.0618
        intent:availability:lex:stock	0.0618
        intent:availability:lex:suis en	0.0618
        intent:availability:lex:team und	0.0618
        intent:availability:lex:antes	0.0616
        intent:availability:lex:meteen	0.0616
        intent:availability:lex:semana que	0.0616
        intent:availability:lex:this week	0.0612
        intent:availability:lex:cucina	0.0609
        intent:availability:lex:diese	0.0608
        intent:availability:lex:kg	0.0606
        intent:availability:lex:algo chiquito	0.0605
        intent:availability:lex:alguem de	0.0605
        intent:availability:lex:tu	0.0605
        intent:availability:lex:chaqueta	0.0604
        intent:availability:lex:la chaqueta	0.0604
        intent:availability:lex:sept	0.0601
        intent:availability:lex:walk ins	0.0601
        intent:availability:lex:la muneca	0.06
        intent:availability:lex:muneca	0.06
        intent:availability:lex:in a	0.0594
        intent:availability:lex:mesa para	0.0594
        intent:availability:lex:paris	0.0593
        intent:availability:lex:puede llamar	0.0593
        intent:availability:lex:schrijf ik	0.0593
        intent:availability:lex:late	0.0591
        intent:availability:lex:getting married	0.059
        intent:availability:lex:lo quiero	0.059
        intent:availability:lex:lo scaldabagno	0.059
        intent:availability:lex:married	0.059
        intent:availability:lex:re getting	0.059
        intent:availability:lex:savoir	0.059
        intent:availability:lex:scaldabagno	0.059
        intent:availability:lex:session	0.059
        intent:availability:lex:cottage	0.0589
        intent:availability:lex:getting	0.0589
        intent:availability:lex:la rentree	0.0589
        intent:availability:lex:rentree	0.0589
        intent:availability:lex:the cottage	0.0589
        intent:availability:lex:end	0.0587
        intent:availability:lex:il y	0.0586
        intent:availability:lex:la web	0.0586
        intent:availability:lex:web	0.0586
        intent:availability:lex:ins	0.0585
        intent:availability:lex:habts ihr	0.0582
        intent:availability:lex:fazem	0.0581
        intent:availability:lex:la manana	0.0581
        intent:availability:lex:stanotte	0.058
        intent:availability:lex:spaniel	0.0579
        intent:availability:lex:llamar	0.0576
        intent:availability:lex:capacity	0.0575
        intent:availability:lex:move a	0.0575
        intent:availability:lex:mia	0.0574
        intent:availability:lex:se le	0.0574
        intent:availability:lex:in cucina	0.057
        intent:availability:lex:to move	0.057
        intent:availability:lex:a small	0.0569
        intent:availability:lex:lenta	0.0568
        intent:availability:lex:nao	0.0567
        intent:availability:lex:un po	0.0567
        intent:availability:lex:staat	0.0565
        intent:availability:lex:se a	0.0564
        intent:availability:lex:passer	0.0562
        intent:availability:lex:hot	0.0559
        intent:availability:lex:po	0.0559
        intent:availability:lex:di tedesco	0.0554
        intent:availability:lex:serale	0.0554
        intent:availability:lex:tedesco	0.0554
        intent:availability:lex:delle	0.0553
        intent:availability:lex:di nuovo	0.0551
        intent:availability:lex:nuovo	0.0551
        intent:availability:lex:schrijf	0.0549
        intent:availability:lex:a laval	0.0546
        intent:availability:lex:laval	0.0546
        intent:availability:lex:pa mi	0.0545
        intent:availability:lex:sabado en	0.0545
        intent:availability:lex:t2 em	0.0545
        intent:availability:lex:im janner	0.0544
        intent:availability:lex:keller	0.0544
        intent:availability:lex:eu	0.0543
        intent:availability:lex:t2	0.0543
        intent:availability:lex:lugar	0.0538
        intent:availability:lex:boa	0.0537
        intent:availability:lex:sale	0.0537
        intent:availability:lex:look at	0.0536
        intent:availability:lex:con	0.0535
        intent:availability:lex:fecha	0.0534
        intent:availability:lex:these	0.0532
        intent:availability:lex:subito	0.0531
        intent:availability:lex:falls	0.0528
        intent:availability:lex:kompetent	0.0528
        intent:availability:lex:pls	0.0528
        intent:availability:lex:sofort	0.0528
        intent:availability:lex:wirklich	0.0528
        intent:availability:lex:tem o	0.0527
        intent:availability:lex:pal	0.0524
        intent:availability:lex:ship	0.0523
        intent:availability:lex:too	0.0522
        intent:availability:lex:vous faites	0.0522
        intent:availability:lex:ich komm	0.052
        intent:availability:lex:bravissima	0.0519
        intent:availability:lex:desks free	0.0519
        intent:availability:lex:il corso	0.0519
        intent:availability:lex:vous pouvez	0.0519
        intent:availability:lex:saturday	0.0518
        intent:availability:lex:wer	0.0517
        intent:availability:lex:fit	0.0516
        intent:availability:lex:furs	0.0515
        intent:availability:lex:hija	0.0515
        intent:availability:lex:mi hija	0.0515
        intent:availability:lex:cottage free	0.0514
        intent:availability:lex:hoje	0.0514
        intent:availability:lex:prof	0.0513
        intent:availability:lex:green	0.0512
        intent:availability:lex:the green	0.0512
        intent:availability:lex:komm	0.0511
        intent:availability:lex:free	0.0508
        intent:availability:lex:gerne	0.0507
        intent:availability:lex:walk	0.0506
        intent:availability:lex:may	0.0504
        intent:availability:lex:again	0.0503
        intent:availability:lex:hebben jullie	0.0499
        intent:availability:lex:tenes turno	0.0499
        intent:availability:lex:admin	0.0498
        intent:availability:lex:if the	0.0498
        intent:availability:lex:teachers	0.0498
        intent:availability:lex:wants to	0.0498
        intent:availability:lex:love to	0.0497
        intent:availability:lex:nog	0.0497
        intent:availability:lex:wants	0.0497
        intent:availability:lex:would love	0.0492
        intent:availability:lex:este sabado	0.0491
        intent:availability:lex:in negozio	0.0491
        intent:availability:lex:negozio a	0.0491
        intent:availability:lex:para este	0.0491
        intent:availability:lex:space for	0.049
        intent:availability:lex:on serait	0.0488
        intent:availability:lex:centro de	0.0487
        intent:availability:lex:tuesday	0.0487
        intent:availability:lex:de julio	0.0485
        intent:availability:lex:hebben	0.0485
        intent:availability:lex:naja	0.0485
        intent:availability:lex:ainda esta	0.0484
        intent:availability:lex:boa tarde	0.0484
        intent:availability:lex:esta disponivel	0.0484
        intent:availability:lex:o t2	0.0484
        intent:availability:lex:we need	0.0484
        intent:availability:lex:weitermachen	0.0484
        intent:availability:lex:in stock	0.0483
        intent:availability:lex:sind ein	0.0481
        intent:availability:lex:gibts die	0.048
        intent:availability:lex:marz wieder	0.048
        intent:availability:lex:small	0.0479
        intent:availability:lex:still available	0.0479
        intent:availability:lex:pour les	0.0478
        intent:availability:lex:look	0.0475
        intent:availability:lex:qualcuno	0.0473
        intent:availability:lex:que viene	0.0473
        intent:availability:lex:direct	0.0472
        intent:availability:lex:juillet	0.0472
        intent:availability:lex:no p	0.047
        intent:availability:lex:anything	0.0469
        intent:availability:lex:es pa	0.0469
        intent:availability:lex:b1	0.0468
        intent:availability:lex:anyone know	0.0466
        intent:availability:lex:direkt	0.0466
        intent:availability:lex:hot water	0.0466
        intent:availability:lex:no hot	0.0466
        intent:availability:lex:com a	0.0464
        intent:availability:lex:level	0.0463
        intent:availability:lex:living	0.0463
        intent:availability:lex:p	0.0463
        intent:availability:lex:spanish	0.0463
        intent:availability:lex:french	0.0462
        intent:availability:lex:est encore	0.046
        intent:availability:lex:want to	0.046
        intent:availability:lex:de	0.0459
        intent:availability:lex:hay que	0.0459
        intent:availability:lex:tiempo	0.0459
        intent:availability:lex:dal	0.0458
        intent:availability:lex:fri	0.0458
        intent:availability:lex:place in	0.0458
        intent:availability:lex:uhr	0.0457
        intent:availability:lex:es	0.0456
        intent:availability:lex:after the	0.0455
        intent:availability:lex:christmas	0.0452
        intent:availability:lex:del video	0.045
        intent:availability:lex:la mesa	0.045
        intent:availability:lex:video	0.045
        intent:availability:lex:office	0.0447
        intent:availability:lex:viene	0.0447
        intent:availability:lex:bimbo	0.0446
        intent:availability:lex:alguien	0.0443
        intent:availability:lex:am samstag	0.0442
        intent:availability:lex:bit	0.0441
        intent:availability:lex:team	0.0441
        intent:availability:lex:met	0.0439
        intent:availability:lex:ancora	0.0438
        intent:availability:lex:for christmas	0.0437
        intent:availability:lex:pueda	0.0437
        intent:availability:lex:e rotto	0.0435
        intent:availability:lex:mi si	0.0435
        intent:availability:lex:rotto lo	0.0435
        intent:availability:lex:the opening	0.0435
        intent:availability:lex:week or	0.0435
        intent:availability:lex:will	0.0435
        intent:availability:lex:you got	0.0435
        intent:availability:lex:good	0.0434
        intent:availability:lex:si e	0.0434
        intent:availability:lex:kaum	0.0433
        intent:availability:lex:lo	0.0433
        intent:availability:lex:il est	0.0432
        intent:availability:lex:rammed	0.0431
        intent:availability:lex:super	0.043
        intent:availability:lex:get to	0.0429
        intent:availability:lex:serait	0.0427
        intent:availability:lex:unser	0.0425
        intent:availability:lex:vous l	0.0424
        intent:availability:lex:and i	0.0423
        intent:availability:lex:vrij	0.0421
        intent:availability:lex:disponible	0.0419
        intent:availability:lex:prenez	0.0419
        intent:availability:lex:vous prenez	0.0419
        intent:availability:lex:wann	0.0419
        intent:availability:lex:wat	0.0419
        intent:availability:lex:site	0.0417
        intent:availability:lex:wurde	0.0413
        intent:availability:lex:as tercas	0.0411
        intent:availability:lex:e il	0.0411
        intent:availability:lex:tercas	0.0411
        intent:availability:lex:den	0.041
        intent:availability:lex:group	0.0408
        intent:availability:lex:a course	0.0407
        intent:availability:lex:course of	0.0407
        intent:availability:lex:a very	0.0404
        intent:availability:lex:very	0.0404
        intent:availability:lex:de febrero	0.0401
        intent:availability:lex:febrero	0.0401
        intent:availability:lex:plek	0.0401
        intent:availability:lex:contract	-0.04
        intent:availability:lex:brandt	-0.0401
        intent:availability:lex:come si	-0.0401
        intent:availability:lex:en het	-0.0401
        intent:availability:lex:vorige week	-0.0401
        intent:availability:lex:d equipe	-0.0402
        intent:availability:lex:equipe	-0.0402
        intent:availability:lex:vorige	-0.0402
        intent:availability:lex:envoyez le	-0.0404
        intent:availability:lex:m envoyez	-0.0404
        intent:availability:lex:porto	-0.0404
        intent:availability:lex:und	-0.0404
        intent:availability:lex:twice	-0.0405
        intent:availability:lex:bloque	-0.0406
        intent:availability:lex:desde	-0.0406
        intent:availability:lex:opgehaald	-0.0406
        intent:availability:lex:table for	-0.0406
        intent:availability:lex:trial	-0.0406
        intent:availability:lex:yoga	-0.0407
        intent:availability:lex:freitag	-0.0409
        intent:availability:lex:lunedi	-0.0409
        intent:availability:lex:working	-0.041
        intent:availability:lex:este	-0.0411
        intent:availability:lex:das auch	-0.0413
        intent:availability:lex:s das	-0.0413
        intent:availability:lex:j ai	-0.0414
        intent:availability:lex:mehr	-0.0414
        intent:availability:lex:mochte	-0.0414
        intent:availability:lex:huber	-0.0415
        intent:availability:lex:mir	-0.0416
        intent:availability:lex:suchen ab	-0.0416
        intent:availability:lex:envoyez	-0.0417
        intent:availability:lex:essa semana	-0.0417
        intent:availability:lex:inkl	-0.0417
        intent:availability:lex:konditionen	-0.0417
        intent:availability:lex:turkeys	-0.0417
        intent:availability:lex:e a	-0.0418
        intent:availability:lex:le contrat	-0.0418
        intent:availability:lex:und suchen	-0.0418
        intent:availability:lex:patienten	-0.0419
        intent:availability:lex:pour le	-0.0419
        intent:availability:lex:what	-0.0419
        intent:availability:lex:mayo	-0.0422
        intent:availability:lex:dias	-0.0423
        intent:availability:lex:tem quarto	-0.0425
        intent:availability:lex:konnt ihr	-0.0428
        intent:availability:lex:anni	-0.0431
        intent:availability:lex:konnt	-0.0432
        intent:availability:lex:range	-0.0432
        intent:availability:lex:accettate	-0.0433
        intent:availability:lex:dentista	-0.0433
        intent:availability:lex:famiglia	-0.0433
        intent:availability:lex:famille	-0.0433
        intent:availability:lex:info	-0.0433
        intent:availability:lex:pazienti	-0.0433
        intent:availability:lex:vous m	-0.0434
        intent:availability:lex:que me	-0.0435
        intent:availability:lex:sempre	-0.0435
        intent:availability:lex:tonight	-0.0435
        intent:availability:lex:ca	-0.0437
        intent:availability:lex:lauft	-0.0437
        intent:availability:lex:nuovi	-0.0437
        intent:availability:lex:come funziona	-0.0438
        intent:availability:lex:day	-0.0438
        intent:availability:lex:est quoi	-0.0438
        intent:availability:lex:funziona	-0.0438
        intent:availability:lex:con vosotros	-0.0439
        intent:availability:lex:if so	-0.0439
        intent:availability:lex:vosotros	-0.0439
        intent:availability:lex:buying	-0.044
        intent:availability:lex:buying the	-0.044
        intent:availability:lex:live	-0.044
        intent:availability:lex:payday	-0.0442
        intent:availability:lex:plan	-0.0442
        intent:availability:lex:quarto	-0.0442
        intent:availability:lex:serve un	-0.0444
        intent:availability:lex:paso	-0.0447
        intent:availability:lex:marcar	-0.0449
        intent:availability:lex:mp	-0.0449
        intent:availability:lex:fate	-0.045
        intent:availability:lex:olive	-0.045
        intent:availability:lex:one tonight	-0.045
        intent:availability:lex:bitte um	-0.0454
        intent:availability:lex:private	-0.0455
        intent:availability:lex:auch in	-0.0457
        intent:availability:lex:gostamos	-0.0457
        intent:availability:lex:gostamos muito	-0.0457
        intent:availability:lex:muito da	-0.0457
        intent:availability:lex:nessa	-0.0457
        intent:availability:lex:pour notre	-0.0457
        intent:availability:lex:quarto com	-0.0457
        intent:availability:lex:hele	-0.0458
        intent:availability:lex:cama	-0.0459
        intent:availability:lex:la tarde	-0.0459
        intent:availability:lex:ja agora	-0.0461
        intent:availability:lex:can	-0.0463
        intent:availability:lex:acaba	-0.0464
        intent:availability:lex:when	-0.0465
        intent:availability:lex:sin	-0.0469
        intent:availability:lex:om	-0.0471
        intent:availability:lex:sair	-0.0474
        intent:availability:lex:nhs	-0.0479
        intent:availability:lex:meier	-0.0481
        intent:availability:lex:no meier	-0.0481
        intent:availability:lex:reserve	-0.0481
        intent:availability:lex:moet ik	-0.0483
        intent:availability:lex:of moet	-0.0483
        intent:availability:lex:still have	-0.0485
        intent:availability:lex:annuale	-0.0486
        intent:availability:lex:nous	-0.0486
        intent:availability:lex:does	-0.0488
        intent:availability:lex:extra	-0.049
        intent:availability:lex:altura	-0.0492
        intent:availability:lex:las	-0.0492
        intent:availability:lex:nicht	-0.0492
        intent:availability:lex:moet	-0.0493
        intent:availability:lex:but	-0.0496
        intent:availability:lex:collection	-0.0496
        intent:availability:lex:down for	-0.0496
        intent:availability:lex:haben	-0.0497
        intent:availability:lex:mon	-0.05
        intent:availability:lex:contrat	-0.0502
        intent:availability:lex:y queremos	-0.0502
        intent:availability:lex:from	-0.0507
        intent:availability:lex:two	-0.0512
        intent:availability:lex:en marzo	-0.0513
        intent:availability:lex:potete	-0.0514
        intent:availability:lex:de mi	-0.0517
        intent:availability:lex:down	-0.0518
        intent:availability:lex:euch	-0.0524
        intent:availability:lex:naar kijken	-0.0525
        intent:availability:lex:langskomen	-0.0527
        intent:availability:lex:on the	-0.0527
        intent:availability:lex:probefahrt	-0.0529
        intent:availability:lex:comunion	-0.0537
        intent:availability:lex:kijken	-0.0537
        intent:availability:lex:nog steeds	-0.0537
        intent:availability:lex:e mi	-0.0538
        intent:availability:lex:mi serve	-0.0538
        intent:availability:lex:cupo	-0.054
        intent:availability:lex:cupo en	-0.054
        intent:availability:lex:quoi	-0.054
        intent:availability:lex:you do	-0.054
        intent:availability:lex:tutta la	-0.0541
        intent:availability:lex:ausverkauft	-0.0544
        intent:availability:lex:basel	-0.0544
        intent:availability:lex:ende	-0.0544
        intent:availability:lex:in basel	-0.0544
        intent:availability:lex:ist es	-0.0544
        intent:availability:lex:krieg	-0.0544
        intent:availability:lex:same	-0.0544
        intent:availability:lex:jullie een	-0.0547
        intent:availability:lex:tutta	-0.0547
        intent:availability:lex:d	-0.0548
        intent:availability:lex:that	-0.0548
        intent:availability:lex:bei	-0.055
        intent:availability:lex:nos	-0.0551
        intent:availability:lex:der schweiz	-0.0556
        intent:availability:lex:schweiz	-0.0556
        intent:availability:lex:book	-0.0557
        intent:availability:lex:avete posto	-0.0561
        intent:availability:lex:dispo a	-0.0565
        intent:availability:lex:etes dispo	-0.0565
        intent:availability:lex:quero	-0.0565
        intent:availability:lex:available for	-0.0572
        intent:availability:lex:in this	-0.0572
        intent:availability:lex:is he	-0.0572
        intent:availability:lex:decembre	-0.0574
        intent:availability:lex:class	-0.0575
        intent:availability:lex:voltamos	-0.0578
        intent:availability:lex:another	-0.058
        intent:availability:lex:nemen jullie	-0.058
        intent:availability:lex:nieuwe patienten	-0.058
        intent:availability:lex:nog nieuwe	-0.058
        intent:availability:lex:patienten aan	-0.058
        intent:availability:lex:bij	-0.0581
        intent:availability:lex:ne	-0.0585
        intent:availability:lex:grosse	-0.0587
        intent:availability:lex:mes	-0.059
        intent:availability:lex:serve	-0.059
        intent:availability:lex:nemen	-0.0591
        intent:availability:lex:can you	-0.0594
        intent:availability:lex:knippen	-0.0595
        intent:availability:lex:est	-0.0601
        intent:availability:lex:posto	-0.0602
        intent:availability:lex:het hele	-0.0606
        intent:availability:lex:los	-0.0606
        intent:availability:lex:utrecht en	-0.0606
        intent:availability:lex:verhuizen in	-0.0607
        intent:availability:lex:we verhuizen	-0.0607
        intent:availability:lex:verhuizen	-0.0608
        intent:availability:lex:aan	-0.0609
        intent:availability:lex:avant	-0.0611
        intent:availability:lex:demo	-0.0611
        intent:availability:lex:moeten	-0.0611
        intent:availability:lex:ai	-0.0612
        intent:availability:lex:ich das	-0.0612
        intent:availability:lex:laden	-0.0612
        intent:availability:lex:notre	-0.0613
        intent:availability:lex:una	-0.0613
        intent:availability:lex:depois	-0.0614
        intent:availability:lex:ou	-0.0614
        intent:availability:lex:donderdagavond	-0.0615
        intent:availability:lex:suchen	-0.0615
        intent:availability:lex:voor het	-0.0615
        intent:availability:lex:ist	-0.0618
        intent:availability:lex:auf	-0.0622
        intent:availability:lex:em julho	-0.0622
        intent:availability:lex:julho	-0.0622
        intent:availability:lex:jeudi	-0.0624
        intent:availability:lex:mijn	-0.0625
        intent:availability:lex:prezzo	-0.0625
        intent:availability:lex:nach	-0.0627
        intent:availability:lex:baard	-0.0631
        intent:availability:lex:lukt	-0.0637
        intent:availability:lex:lukt dat	-0.0637
        intent:availability:lex:j	-0.0638
        intent:availability:lex:for the	-0.0642
        intent:availability:lex:month	-0.0644
        intent:availability:lex:steeds	-0.0644
        intent:availability:lex:marcar a	-0.0648
        intent:availability:lex:one	-0.0649
        intent:availability:lex:son	-0.0649
        intent:availability:lex:prova	-0.0656
        intent:availability:lex:mi	-0.0657
        intent:availability:lex:queria marcar	-0.0659
        intent:availability:lex:muito	-0.0662
        intent:availability:lex:trainer	-0.0666
        intent:availability:lex:they	-0.0673
        intent:availability:lex:who s	-0.0673
        intent:availability:lex:platze	-0.0674
        intent:availability:lex:a sherbrooke	-0.0675
        intent:availability:lex:sherbrooke	-0.0675
        intent:availability:lex:immer	-0.0681
        intent:availability:lex:fa	-0.0685
        intent:availability:lex:moglich	-0.0686
        intent:availability:lex:a los	-0.0694
        intent:availability:lex:chicos	-0.0694
        intent:availability:lex:donde	-0.0694
        intent:availability:lex:meses	-0.0694
        intent:availability:lex:ver	-0.0696
        intent:availability:lex:april	-0.0698
        intent:availability:lex:cambian	-0.07
        intent:availability:lex:june	-0.07
        intent:availability:lex:pensando	-0.0704
        intent:availability:lex:link	-0.0705
        intent:availability:lex:encore de	-0.0707
        intent:availability:lex:in der	-0.0707
        intent:availability:lex:ok	-0.0717
        intent:availability:lex:who	-0.0741
        intent:availability:lex:ook	-0.0744
        intent:availability:lex:vou	-0.0753
        intent:availability:lex:wo	-0.0753
        intent:availability:lex:possible	-0.0755
        intent:availability:lex:um	-0.0756
        intent:availability:lex:depois das	-0.0757
        intent:availability:lex:ma	-0.0757
        intent:availability:lex:the	-0.0758
        intent:availability:lex:estan	-0.0763
        intent:availability:lex:table	-0.0766
        intent:availability:lex:he	-0.0768
        intent:availability:lex:cada	-0.0771
        intent:availability:lex:gezin	-0.0771
        intent:availability:lex:pers	-0.0772
        intent:availability:lex:come	-0.078
        intent:availability:lex:kann	-0.0781
        intent:availability:lex:tandarts	-0.0781
        intent:availability:lex:os	-0.0784
        intent:availability:lex:s the	-0.0784
        intent:availability:lex:manana	-0.0787
        intent:availability:lex:ya	-0.0791
        intent:availability:lex:ano y	-0.0795
        intent:availability:lex:ya van	-0.0795
        intent:availability:lex:me estoy	-0.0798
        intent:availability:lex:este ano	-0.0801
        intent:availability:lex:online	-0.0809
        intent:availability:lex:gern	-0.0812
        intent:availability:lex:sur	-0.0818
        intent:availability:lex:dat	-0.0823
        intent:availability:lex:with	-0.0824
        intent:availability:lex:pase	-0.0826
        intent:availability:lex:pase libre	-0.0826
        intent:availability:lex:llena	-0.0828
        intent:availability:lex:llena de	-0.0828
        intent:availability:lex:wie	-0.0828
        intent:availability:lex:sacar	-0.083
        intent:availability:lex:ik	-0.0835
        intent:availability:lex:need it	-0.0844
        intent:availability:lex:kunnen jullie	-0.0851
        intent:availability:lex:your	-0.0856
        intent:availability:lex:ano	-0.0863
        intent:availability:lex:pedi	-0.0866
        intent:availability:lex:la	-0.0873
        intent:availability:lex:ci	-0.0874
        intent:availability:lex:je change	-0.0876
        intent:availability:lex:sur votre	-0.0876
        intent:availability:lex:change	-0.0878
        intent:availability:lex:siempre	-0.0878
        intent:availability:lex:l hiver	-0.0879
        intent:availability:lex:uno	-0.0879
        intent:availability:lex:just	-0.0887
        intent:availability:lex:estoy	-0.0902
        intent:availability:lex:gleich zwei	-0.0916
        intent:availability:lex:ich gleich	-0.0916
        intent:availability:lex:venue	-0.0916
        intent:availability:lex:versand	-0.0916
        intent:availability:lex:versand nach	-0.0916
        intent:availability:lex:dann bestell	-0.092
        intent:availability:lex:kan ik	-0.0932
        intent:availability:lex:vino	-0.0936
        intent:availability:lex:tres	-0.094
        intent:availability:lex:barba	-0.0941
        intent:availability:lex:bust	-0.0943
        intent:availability:lex:went	-0.0943
        intent:availability:lex:bestell ich	-0.0945
        intent:availability:lex:wedding is	-0.0945
        intent:availability:lex:n	-0.0946
        intent:availability:lex:jamais	-0.0952
        intent:availability:lex:i need	-0.0955
        intent:availability:lex:bestell	-0.0959
        intent:availability:lex:maken	-0.0963
        intent:availability:lex:taart	-0.0963
        intent:availability:lex:nieuwe	-0.0966
        intent:availability:lex:een nieuwe	-0.097
        intent:availability:lex:degrade	-0.098
        intent:availability:lex:c est	-0.0988
        intent:availability:lex:hoodie	-0.0993
        intent:availability:lex:the grey	-0.0993
        intent:availability:lex:grey	-0.0994
        intent:availability:lex:tem horario	-0.0998
        intent:availability:lex:profe	-0.1001
        intent:availability:lex:prochain	-0.1013
        intent:availability:lex:guys	-0.1014
        intent:availability:lex:nach osterreich	-0.1014
        intent:availability:lex:osterreich	-0.1014
        intent:availability:lex:of the	-0.1023
        intent:availability:lex:zwei	-0.1023
        intent:availability:lex:passe	-0.1025
        intent:availability:lex:pista	-0.103
        intent:availability:lex:restock	-0.1033
        intent:availability:lex:ja	-0.1046
        intent:availability:lex:votre	-0.1048
        intent:availability:lex:bestellen	-0.1057
        intent:availability:lex:ihr morgen	-0.1064
        intent:availability:lex:a las	-0.1066
        intent:availability:lex:need	-0.1071
        intent:availability:lex:manana a	-0.1077
        intent:availability:lex:hiver	-0.1088
        intent:availability:lex:van	-0.1088
        intent:availability:lex:date	-0.109
        intent:availability:lex:you guys	-0.1092
        intent:availability:lex:dos	-0.1097
        intent:availability:lex:bart	-0.1101
        intent:availability:lex:you	-0.1102
        intent:availability:lex:dann	-0.1103
        intent:availability:lex:do	-0.1111
        intent:availability:lex:teneis	-0.1123
        intent:availability:lex:horario	-0.1129
        intent:availability:lex:naar	-0.1135
        intent:availability:lex:ainda da	-0.1148
        intent:availability:lex:como	-0.1152
        intent:availability:lex:y la	-0.1154
        intent:availability:lex:gleich	-0.1155
        intent:availability:lex:la pueden	-0.1168
        intent:availability:lex:ustedes	-0.1177
        intent:availability:lex:kunnen	-0.1188
        intent:availability:lex:je	-0.1194
        intent:availability:lex:kan	-0.1253
        intent:availability:lex:wedding	-0.1265
        intent:availability:lex:estamos	-0.1268
        intent:availability:lex:for	-0.1294
        intent:availability:lex:pueden	-0.1301
        intent:availability:lex:bitte	-0.1331
        intent:availability:lex:we	-0.134
        intent:availability:lex:slot	-0.1343
        intent:availability:lex:morgen	-0.1351
        intent:availability:lex:vor	-0.1385
        intent:availability:lex:me la	-0.1394
        intent:availability:lex:marzo	-0.1488
        intent:availability:lex:libre	-0.1546
        intent:availability:lex:e	-0.1561
        intent:availability:lex:it	-0.1564
        intent:availability:lex:een	-0.1567
        intent:availability:lex:jullie	-0.1616
        intent:availability:lex:on	-0.162
        intent:availability:lex:fur	-0.1678
        intent:availability:lex:i	-0.1702
        intent:availability:lex:ich	-0.1705
        intent:availability:lex:pour	-0.171
        intent:availability:lex:per	-0.1911
        intent:availability:lex:dia	-0.1933
        intent:availability:lex:het	-0.1959
        intent:availability:lex:our	-0.2051
        intent:availability:lex:y	-0.2098
        intent:availability:lex:das	-0.2359
        intent:availability:lex:voor	-0.247
        intent:availability:lex:me	-0.2607
        intent:availability:lex:da	-0.2959
        intent:booking:return-booked	4.0804
        intent:booking:booking-ask	3.4867
        intent:booking:booking-request	1.7987
        intent:booking:callback-promise	1.6317
        intent:booking:party-size	1.6203
        intent:booking:review-4-5-stars	1.4713
        intent:booking:off-topic	1.3446
        intent:booking:multi-tag	1.1953
        intent:booking:timing	1.1739
        intent:booking:tag-plan	1.0979
        intent:booking:friend-tag	1.0242
        intent:booking:booking-noun	0.993
        intent:booking:future-visit	0.9443
        intent:booking:praise	0.8863
        intent:booking:availability-question	0.516
        intent:booking:past	0.4763
        intent:booking:availability-ask	0.456
        intent:booking:laughter	0.3145
        intent:booking:complaint-with-request	0.3029
        intent:booking:request	0.2395
        intent:booking:reply	0.2307
        intent:booking:resolved	0.2302
        intent:booking:stated-in-past	0.2206
        intent:booking:mention	0.2147
        intent:booking:giveaway	0.1733
        intent:booking:need-plan	0.1685
        intent:booking:vendor-pitch	0.1573
        intent:booking:sign-up	0.1213
        intent:booking:negated-cue	0.0717
        intent:booking:question-opener	0.0559
        intent:booking:withdrawn	0.0006
        intent:booking:rejection	-0.0084
        intent:booking:non-customer	-0.0105
        intent:booking:curiosity	-0.0116
        intent:booking:current-provider	-0.0179
        intent:booking:abuse	-0.0236
        intent:booking:seller-intro	-0.037
        intent:booking:job-seeker	-0.0558
        intent:booking:seeking-replacement	-0.0632
        intent:booking:price-shape	-0.0943
        intent:booking:stated-not-asked	-0.1002
        intent:booking:imperative-request	-0.1106
        intent:booking:sarcasm	-0.1233
        intent:booking:(bias)	-0.1374
        intent:booking:follower-spam	-0.1519
        intent:booking:rhetorical	-0.1682
        intent:booking:long-text	-0.2201
        intent:booking:refusal	-0.2446
        intent:booking:addressed-question	-0.26
        intent:booking:how-much	-0.3359
        intent:booking:complaint	-0.3564
        intent:booking:recovery	-0.4407
        intent:booking:question	-0.5053
        intent:booking:contact-ask	-0.5796
        intent:booking:price-word	-0.643
        intent:booking:purchase-topic	-0.6818
        intent:booking:review-3-stars	-0.7062
        intent:booking:conditional-offer	-0.7063
        intent:booking:purchase-ask	-0.7344
        intent:booking:switching	-0.7476
        intent:booking:deal-ask	-1.0837
        intent:booking:contact-sent	-1.0926
        intent:booking:review-1-2-stars	-1.1257
        intent:booking:price-ask	-1.1352
        intent:booking:lex:on	0.341
        intent:booking:lex:pour	0.3025
        intent:booking:lex:get	0.3022
        intent:booking:lex:am	0.2764
        intent:booking:lex:dia	0.2376
        intent:booking:lex:fur	0.2355
        intent:booking:lex:mi	0.226
        intent:booking:lex:per	0.2245
        intent:booking:lex:before	0.2052
        intent:booking:lex:in	0.2044
        intent:booking:lex:moglich	0.1936
        intent:booking:lex:horario	0.1933
        intent:booking:lex:can	0.1825
        intent:booking:lex:class	0.173
        intent:booking:lex:das	0.1721
        intent:booking:lex:slot	0.1712
        intent:booking:lex:mum	0.1707
        intent:booking:lex:knippen	0.1683
        intent:booking:lex:ja	0.1613
        intent:booking:lex:probefahrt	0.1582
        intent:booking:lex:me and	0.1503
        intent:booking:lex:den	0.1488
        intent:booking:lex:andiamo	0.1479
        intent:booking:lex:we	0.1478
        intent:booking:lex:no	0.1459
        intent:booking:lex:in the	0.1455
        intent:booking:lex:uhr	0.1443
        intent:booking:lex:bitte	0.1418
        intent:booking:lex:fix	0.1413
        intent:booking:lex:de mi	0.1393
        intent:booking:lex:op	0.1391
        intent:booking:lex:vamos	0.1381
        intent:booking:lex:la tarde	0.1375
        intent:booking:lex:to get	0.1366
        intent:booking:lex:hall	0.132
        intent:booking:lex:n	0.1297
        intent:booking:lex:barba	0.1285
        intent:booking:lex:dat	0.1285
        intent:booking:lex:wey	0.1281
        intent:booking:lex:queria	0.1275
        intent:booking:lex:tarde	0.1275
        intent:booking:lex:graag	0.1248
        intent:booking:lex:ainda da	0.123
        intent:booking:lex:bart	0.1228
        intent:booking:lex:ihr morgen	0.1223
        intent:booking:lex:teneis	0.1193
        intent:booking:lex:tem horario	0.1185
        intent:booking:lex:clio	0.1175
        intent:booking:lex:lukt	0.1164
        intent:booking:lex:lukt dat	0.1164
        intent:booking:lex:degrade	0.1159
        intent:booking:lex:libre	0.1154
        intent:booking:lex:manana a	0.1154
        intent:booking:lex:pra	0.1154
        intent:booking:lex:before your	0.1146
        intent:booking:lex:graag een	0.1129
        intent:booking:lex:morning	0.1123
        intent:booking:lex:baard	0.1113
        intent:booking:lex:toch	0.1112
        intent:booking:lex:donderdagavond	0.111
        intent:booking:lex:las	0.1108
        intent:booking:lex:los	0.1103
        intent:booking:lex:dos	0.1096
        intent:booking:lex:possible	0.1092
        intent:booking:lex:wij	0.1088
        intent:booking:lex:a las	0.1081
        intent:booking:lex:wil graag	0.1073
        intent:booking:lex:volgende	0.1071
        intent:booking:lex:this for	0.1065
        intent:booking:lex:morgen	0.1061
        intent:booking:lex:can you	0.1057
        intent:booking:lex:dienstag	0.1052
        intent:booking:lex:pista	0.1052
        intent:booking:lex:habt ihr	0.1048
        intent:booking:lex:lena	0.1046
        intent:booking:lex:a	0.1036
        intent:booking:lex:depois das	0.1034
        intent:booking:lex:mil	0.1031
        intent:booking:lex:quello	0.1031
        intent:booking:lex:theorie	0.1028
        intent:booking:lex:cumple	0.1025
        intent:booking:lex:nehmen	0.1024
        intent:booking:lex:insieme	0.1023
        intent:booking:lex:ver	0.1021
        intent:booking:lex:decembre	0.102
        intent:booking:lex:piccolo	0.1019
        intent:booking:lex:ayer	0.1011
        intent:booking:lex:desde ayer	0.1011
        intent:booking:lex:marco	0.1011
        intent:booking:lex:mum s	0.1007
        intent:booking:lex:machen	0.1001
        intent:booking:lex:roast	0.0999
        intent:booking:lex:he	0.0992
        intent:booking:lex:du	0.0977
        intent:booking:lex:woche	0.0975
        intent:booking:lex:and my	0.0972
        intent:booking:lex:bitte fur	0.0971
        intent:booking:lex:passt	0.097
        intent:booking:lex:mi perrita	0.0967
        intent:booking:lex:perrita	0.0967
        intent:booking:lex:right	0.0956
        intent:booking:lex:cho	0.0945
        intent:booking:lex:do a	0.0945
        intent:booking:lex:mer	0.0945
        intent:booking:lex:pour notre	0.0942
        intent:booking:lex:giovedi	0.0933
        intent:booking:lex:mache	0.0933
        intent:booking:lex:village	0.0923
        intent:booking:lex:i get	0.0922
        intent:booking:lex:put	0.0914
        intent:booking:lex:posto	0.0912
        intent:booking:lex:la pueden	0.0911
        intent:booking:lex:marcado	0.0907
        intent:booking:lex:this class	0.0905
        intent:booking:lex:brutal	0.0901
        intent:booking:lex:voor	0.0894
        intent:booking:lex:pour tes	0.0888
        intent:booking:lex:tes	0.0887
        intent:booking:lex:jeudi	0.0883
        intent:booking:lex:le fait	0.0883
        intent:booking:lex:giugno	0.0882
        intent:booking:lex:ik wil	0.0876
        intent:booking:lex:per il	0.0873
        intent:booking:lex:les	0.0866
        intent:booking:lex:bella	0.0865
        intent:booking:lex:pretty	0.0865
        intent:booking:lex:s a	0.0865
        intent:booking:lex:dann	0.0863
        intent:booking:lex:pneus	0.0863
        intent:booking:lex:fica	0.0861
        intent:booking:lex:looks	0.0861
        intent:booking:lex:a saturday	0.0857
        intent:booking:lex:fait pour	0.0856
        intent:booking:lex:ook	0.0852
        intent:booking:lex:pe	0.085
        intent:booking:lex:mars	0.0846
        intent:booking:lex:soeur	0.0845
        intent:booking:lex:el sabado	0.0838
        intent:booking:lex:after	0.0837
        intent:booking:lex:para la	0.0836
        intent:booking:lex:she s	0.0831
        intent:booking:lex:com	0.0828
        intent:booking:lex:for the	0.0827
        intent:booking:lex:on se	0.0826
        intent:booking:lex:first	0.0824
        intent:booking:lex:avete posto	0.082
        intent:booking:lex:vrijdag	0.0815
        intent:booking:lex:extra	0.0812
        intent:booking:lex:up for	0.081
        intent:booking:lex:del	0.0805
        intent:booking:lex:on a	0.0805
        intent:booking:lex:down for	0.0801
        intent:booking:lex:maar	0.0797
        intent:booking:lex:om	0.079
        intent:booking:lex:matted	0.0786
        intent:booking:lex:in de	0.0785
        intent:booking:lex:t	0.0781
        intent:booking:lex:em julho	0.0778
        intent:booking:lex:habt	0.0778
        intent:booking:lex:julho	0.0778
        intent:booking:lex:se le	0.0778
        intent:booking:lex:i scho	0.0777
        intent:booking:lex:scho	0.0777
        intent:booking:lex:d equipe	0.0766
        intent:booking:lex:envoyez le	0.0766
        intent:booking:lex:equipe	0.0766
        intent:booking:lex:m envoyez	0.0766
        intent:booking:lex:primera	0.0766
        intent:booking:lex:table	0.0766
        intent:booking:lex:vous m	0.0759
        intent:booking:lex:down	0.0758
        intent:booking:lex:l atelier	0.0757
        intent:booking:lex:por favor	0.0757
        intent:booking:lex:queria marcar	0.0754
        intent:booking:lex:bloque	0.0752
        intent:booking:lex:a giugno	0.0751
        intent:booking:lex:a cockapoo	0.0747
        intent:booking:lex:aca	0.0746
        intent:booking:lex:mi bitte	0.0742
        intent:booking:lex:this	0.0742
        intent:booking:lex:vanaf	0.0739
        intent:booking:lex:to book	0.0738
        intent:booking:lex:a l	0.0733
        intent:booking:lex:les pneus	0.0726
        intent:booking:lex:pneus hiver	0.0726
        intent:booking:lex:cockapoo	0.0725
        intent:booking:lex:stasera	0.0723
        intent:booking:lex:amy	0.0722
        intent:booking:lex:who	0.0721
        intent:booking:lex:wil	0.0721
        intent:booking:lex:la grande	0.072
        intent:booking:lex:manana	0.072
        intent:booking:lex:me la	0.072
        intent:booking:lex:nos	0.072
        intent:booking:lex:marcar a	0.0719
        intent:booking:lex:saturday	0.0711
        intent:booking:lex:prova	0.071
        intent:booking:lex:voltamos	0.071
        intent:booking:lex:werken	0.0709
        intent:booking:lex:max	0.0708
        intent:booking:lex:hold	0.0701
        intent:booking:lex:altura	0.0695
        intent:booking:lex:lessons	0.0692
        intent:booking:lex:i	0.0691
        intent:booking:lex:el cumple	0.069
        intent:booking:lex:if	0.069
        intent:booking:lex:these guys	0.069
        intent:booking:lex:labbi	0.0684
        intent:booking:lex:welpenkurs	0.0684
        intent:booking:lex:atelier	0.0683
        intent:booking:lex:work	0.0683
        intent:booking:lex:marido	0.068
        intent:booking:lex:in august	0.0678
        intent:booking:lex:sexta	0.0678
        intent:booking:lex:her	0.0677
        intent:booking:lex:vormittag	0.0677
        intent:booking:lex:should	0.0675
        intent:booking:lex:weer	0.0669
        intent:booking:lex:vous	0.0668
        intent:booking:lex:uno	0.0666
        intent:booking:lex:hab	0.0665
        intent:booking:lex:dit	0.0661
        intent:booking:lex:kan	0.0659
        intent:booking:lex:para o	0.0657
        intent:booking:lex:que je	0.0655
        intent:booking:lex:mai	0.0654
        intent:booking:lex:vorremmo	0.0653
        intent:booking:lex:grande	0.0651
        intent:booking:lex:faut	0.065
        intent:booking:lex:muito	0.065
        intent:booking:lex:op vrijdag	0.065
        intent:booking:lex:een afspraak	0.0648
        intent:booking:lex:sexta de	0.0648
        intent:booking:lex:sign up	0.0648
        intent:booking:lex:afspraak	0.0646
        intent:booking:lex:o q	0.0646
        intent:booking:lex:teambuilding	0.0646
        intent:booking:lex:buchen	0.0644
        intent:booking:lex:ainda	0.0643
        intent:booking:lex:frag	0.0643
        intent:booking:lex:la clio	0.0643
        intent:booking:lex:mal an	0.0643
        intent:booking:lex:pour le	0.0643
        intent:booking:lex:inplannen	0.0642
        intent:booking:lex:mesmo	0.0642
        intent:booking:lex:je vous	0.0641
        intent:booking:lex:pour les	0.0641
        intent:booking:lex:a lecce	0.064
        intent:booking:lex:lecce	0.064
        intent:booking:lex:paese	0.064
        intent:booking:lex:vicino	0.064
        intent:booking:lex:school	0.0637
        intent:booking:lex:sin falta	0.0636
        intent:booking:lex:falta	0.0635
        intent:booking:lex:de vries	0.0631
        intent:booking:lex:meu marido	0.0631
        intent:booking:lex:vries	0.0631
        intent:booking:lex:frei	0.0625
        intent:booking:lex:avant	0.0623
        intent:booking:lex:limpeza	0.0621
        intent:booking:lex:to hold	0.0621
        intent:booking:lex:schnitt	0.062
        intent:booking:lex:dit is	0.0619
        intent:booking:lex:marca	0.0614
        intent:booking:lex:guys	0.0609
        intent:booking:lex:io	0.0609
        intent:booking:lex:les photos	0.0607
        intent:booking:lex:photos	0.0607
        intent:booking:lex:super	0.0606
        intent:booking:lex:am freitag	0.0605
        intent:booking:lex:depois	0.0605
        intent:booking:lex:corte	0.0604
        intent:booking:lex:cumple de	0.0599
        intent:booking:lex:tu cumple	0.0599
        intent:booking:lex:yoga	0.0598
        intent:booking:lex:fur die	0.0597
        intent:booking:lex:liefst	0.0594
        intent:booking:lex:hiver	0.0593
        intent:booking:lex:afspraak maken	0.0592
        intent:booking:lex:in with	0.0592
        intent:booking:lex:sunrise	0.0586
        intent:booking:lex:sunrise class	0.0586
        intent:booking:lex:the sunrise	0.0586
        intent:booking:lex:august	0.0585
        intent:booking:lex:available for	0.0585
        intent:booking:lex:in this	0.0585
        intent:booking:lex:is he	0.0585
        intent:booking:lex:trainer	0.0585
        intent:booking:lex:kinder	0.0583
        intent:booking:lex:pa tu	0.0582
        intent:booking:lex:acompte	0.058
        intent:booking:lex:mijn	0.058
        intent:booking:lex:zwoa	0.0576
        intent:booking:lex:zelfde	0.0575
        intent:booking:lex:hold the	0.0574
        intent:booking:lex:in mechelen	0.0574
        intent:booking:lex:mechelen	0.0574
        intent:booking:lex:ons maar	0.0574
        intent:booking:lex:me down	0.0567
        intent:booking:lex:put me	0.0567
        intent:booking:lex:april	0.0565
        intent:booking:lex:freitag	0.0564
        intent:booking:lex:wochen	0.0562
        intent:booking:lex:entao	0.056
        intent:booking:lex:caparra	0.0559
        intent:booking:lex:la caparra	0.0559
        intent:booking:lex:la	0.0558
        intent:booking:lex:bij	0.0557
        intent:booking:lex:my son	0.0556
        intent:booking:lex:get my	0.0555
        intent:booking:lex:a check	0.0553
        intent:booking:lex:check up	0.0553
        intent:booking:lex:sind in	0.0552
        intent:booking:lex:volgende maand	0.0552
        intent:booking:lex:schlecht	0.0549
        intent:booking:lex:the date	0.0549
        intent:booking:lex:elle	0.0548
        intent:booking:lex:elle est	0.0548
        intent:booking:lex:dad	0.0546
        intent:booking:lex:den semesterferien	0.0544
        intent:booking:lex:in den	0.0544
        intent:booking:lex:can do	0.0543
        intent:booking:lex:zet	0.0542
        intent:booking:lex:check	0.0536
        intent:booking:lex:la revision	0.0534
        intent:booking:lex:lasciare	0.0534
        intent:booking:lex:lunes a	0.0534
        intent:booking:lex:de los	0.0533
        intent:booking:lex:el lunes	0.0533
        intent:booking:lex:lunes	0.0533
        intent:booking:lex:alle	0.0532
        intent:booking:lex:s the	0.0532
        intent:booking:lex:io la	0.053
        intent:booking:lex:aqui	0.0526
        intent:booking:lex:mo	0.0525
        intent:booking:lex:revision	0.0525
        intent:booking:lex:ab	0.0524
        intent:booking:lex:pouvez	0.0523
        intent:booking:lex:room	0.0522
        intent:booking:lex:contratar	0.0521
        intent:booking:lex:contratar para	0.0521
        intent:booking:lex:hijo	0.0521
        intent:booking:lex:mi hijo	0.0521
        intent:booking:lex:porto	0.0521
        intent:booking:lex:s in	0.0521
        intent:booking:lex:en zapopan	0.0519
        intent:booking:lex:volgende week	0.0519
        intent:booking:lex:son	0.0518
        intent:booking:lex:zapopan	0.0518
        intent:booking:lex:from	0.0516
        intent:booking:lex:hija	0.0516
        intent:booking:lex:le contrat	0.0516
        intent:booking:lex:mi hija	0.0516
        intent:booking:lex:maar op	0.0515
        intent:booking:lex:muy profesionales	0.0514
        intent:booking:lex:profesionales	0.0514
        intent:booking:lex:profesionales con	0.0514
        intent:booking:lex:il nostro	0.0513
        intent:booking:lex:chloe	0.0512
        intent:booking:lex:garder	0.0512
        intent:booking:lex:i book	0.0512
        intent:booking:lex:d like	0.0511
        intent:booking:lex:schon	0.0511
        intent:booking:lex:sera	0.0511
        intent:booking:lex:nostro	0.0508
        intent:booking:lex:reservar	0.0507
        intent:booking:lex:unas	0.0507
        intent:booking:lex:giovedi alle	0.0506
        intent:booking:lex:a embreagem	0.0505
        intent:booking:lex:embreagem	0.0505
        intent:booking:lex:envoyez	0.0505
        intent:booking:lex:justo	0.0505
        intent:booking:lex:o carro	0.0505
        intent:booking:lex:preco justo	0.0505
        intent:booking:lex:shoot	0.0505
        intent:booking:lex:trocaram	0.0505
        intent:booking:lex:trocaram a	0.0505
        intent:booking:lex:melhor	0.0504
        intent:booking:lex:if possible	0.0502
        intent:booking:lex:nachsten	0.0502
        intent:booking:lex:nachsten monat	0.0502
        intent:booking:lex:we move	0.0502
        intent:booking:lex:monat	0.05
        intent:booking:lex:this is	0.0499
        intent:booking:lex:revisao dos	0.0498
        intent:booking:lex:no dia	0.0497
        intent:booking:lex:trago	0.0496
        intent:booking:lex:da minha	0.0495
        intent:booking:lex:on sera	0.0495
        intent:booking:lex:table for	0.0495
        intent:booking:lex:niet	0.0494
        intent:booking:lex:come funziona	0.0492
        intent:booking:lex:funziona	0.0492
        intent:booking:lex:allora	0.0491
        intent:booking:lex:signing	0.0491
        intent:booking:lex:signing up	0.0491
        intent:booking:lex:carro	0.0489
        intent:booking:lex:to try	0.0489
        intent:booking:lex:try	0.0489
        intent:booking:lex:maand	0.0488
        intent:booking:lex:qual	0.0488
        intent:booking:lex:on friday	0.0484
        intent:booking:lex:anniv	0.0482
        intent:booking:lex:matteo	0.0482
        intent:booking:lex:noch	0.048
        intent:booking:lex:anniv de	0.0479
        intent:booking:lex:for our	0.0479
        intent:booking:lex:l	0.0479
        intent:booking:lex:l anniv	0.0479
        intent:booking:lex:in for	0.0478
        intent:booking:lex:o tiago	0.0478
        intent:booking:lex:tiago	0.0478
        intent:booking:lex:lunedi	0.0477
        intent:booking:lex:mettez moi	0.0474
        intent:booking:lex:ja agora	0.0473
        intent:booking:lex:salle	0.0471
        intent:booking:lex:anno scorso	0.0469
        intent:booking:lex:l anno	0.0469
        intent:booking:lex:mon	0.0469
        intent:booking:lex:ons	0.0469
        intent:booking:lex:scorso	0.0469
        intent:booking:lex:for me	0.0468
        intent:booking:lex:pers	0.0468
        intent:booking:lex:ihr	0.0464
        intent:booking:lex:revisao	0.0463
        intent:booking:lex:desde	0.0461
        intent:booking:lex:manha	0.0461
        intent:booking:lex:gostamos	0.046
        intent:booking:lex:gostamos muito	0.046
        intent:booking:lex:muito da	0.046
        intent:booking:lex:nessa	0.046
        intent:booking:lex:quarto com	0.046
        intent:booking:lex:cama	0.0458
        intent:booking:lex:nog	0.0458
        intent:booking:lex:bloquer	0.0457
        intent:booking:lex:matin	0.0457
        intent:booking:lex:con vosotros	0.0456
        intent:booking:lex:el	0.0456
        intent:booking:lex:mn	0.0456
        intent:booking:lex:mornings	0.0456
        intent:booking:lex:s	0.0456
        intent:booking:lex:vosotros	0.0456
        intent:booking:lex:addio	0.0455
        intent:booking:lex:addio al	0.0455
        intent:booking:lex:marcar	0.0453
        intent:booking:lex:bloquer la	0.0451
        intent:booking:lex:salle pour	0.0451
        intent:booking:lex:tuo	0.0451
        intent:booking:lex:moet	0.045
        intent:booking:lex:anniversario	0.0448
        intent:booking:lex:he s	0.0447
        intent:booking:lex:one	0.0446
        intent:booking:lex:you put	0.0446
        intent:booking:lex:hacer la	0.0443
        intent:booking:lex:we sign	0.0443
        intent:booking:lex:matin pour	0.0442
        intent:booking:lex:vanaf januari	0.0441
        intent:booking:lex:fils	0.044
        intent:booking:lex:il tuo	0.044
        intent:booking:lex:a hacer	0.0439
        intent:booking:lex:cargador	0.0439
        intent:booking:lex:dije que	0.0439
        intent:booking:lex:een intake	0.0439
        intent:booking:lex:intake	0.0439
        intent:booking:lex:vengan	0.0439
        intent:booking:lex:vengan a	0.0439
        intent:booking:lex:qui	0.0437
        intent:booking:lex:plannen	0.0436
        intent:booking:lex:tem quarto	0.0434
        intent:booking:lex:januari	0.0433
        intent:booking:lex:soir	0.0433
        intent:booking:lex:the one	0.0433
        intent:booking:lex:wir	0.0433
        intent:booking:lex:jouw	0.0431
        intent:booking:lex:jouw verjaardag	0.0431
        intent:booking:lex:date	0.043
        intent:booking:lex:belt	0.0427
        intent:booking:lex:need the	0.0426
        intent:booking:lex:per la	0.0426
        intent:booking:lex:del coche	0.0422
        intent:booking:lex:willen	0.0422
        intent:booking:lex:coche	0.0421
        intent:booking:lex:machen wir	0.0421
        intent:booking:lex:before we	0.042
        intent:booking:lex:price	0.042
        intent:booking:lex:mon fils	0.0419
        intent:booking:lex:carpets	0.0418
        intent:booking:lex:das treppenhaus	0.0418
        intent:booking:lex:dran	0.0418
        intent:booking:lex:ist das	0.0418
        intent:booking:lex:mercredi	0.0418
        intent:booking:lex:treppenhaus dran	0.0418
        intent:booking:lex:adresse	0.0416
        intent:booking:lex:hacer	0.0415
        intent:booking:lex:kan ik	0.0415
        intent:booking:lex:in winterthur	0.0414
        intent:booking:lex:corte y	0.0412
        intent:booking:lex:emma	0.0412
        intent:booking:lex:maar de	0.0412
        intent:booking:lex:matematica	0.0412
        intent:booking:lex:she	0.0412
        intent:booking:lex:winterthur	0.0412
        intent:booking:lex:in schladming	0.0411
        intent:booking:lex:quarto	0.0411
        intent:booking:lex:schladming	0.0411
        intent:booking:lex:rdv	0.041
        intent:booking:lex:doe	0.0409
        intent:booking:lex:el viernes	0.0409
        intent:booking:lex:agora	0.0408
        intent:booking:lex:envoie	0.0408
        intent:booking:lex:vous envoie	0.0408
        intent:booking:lex:shooting	0.0406
        intent:booking:lex:termin fur	0.0406
        intent:booking:lex:treppenhaus	0.0406
        intent:booking:lex:wir das	0.0406
        intent:booking:lex:next week	0.0405
        intent:booking:lex:je reviens	0.0404
        intent:booking:lex:ma soeur	0.0404
        intent:booking:lex:reviens	0.0404
        intent:booking:lex:reviens en	0.0404
        intent:booking:lex:we toch	0.0404
        intent:booking:lex:semesterferien	0.0403
        intent:booking:lex:bootcamp	0.0402
        intent:booking:lex:part	0.0402
        intent:booking:lex:sur le	0.0402
        intent:booking:lex:vers	0.0402
        intent:booking:lex:gennaio	0.0401
        intent:booking:lex:need	-0.04
        intent:booking:lex:etes	-0.0401
        intent:booking:lex:hat	-0.0401
        intent:booking:lex:ins	-0.0402
        intent:booking:lex:pas	-0.0402
        intent:booking:lex:unicorn	-0.0402
        intent:booking:lex:un peu	-0.0403
        intent:booking:lex:membership	-0.0404
        intent:booking:lex:mes que	-0.0405
        intent:booking:lex:anyone know	-0.0406
        intent:booking:lex:peu	-0.0407
        intent:booking:lex:about	-0.0409
        intent:booking:lex:persone	-0.041
        intent:booking:lex:bravissima	-0.0411
        intent:booking:lex:guarda	-0.0411
        intent:booking:lex:whatsapp para	-0.0411
        intent:booking:lex:e o	-0.0412
        intent:booking:lex:im	-0.0412
        intent:booking:lex:intensive	-0.0413
        intent:booking:lex:intensive course	-0.0413
        intent:booking:lex:view	-0.0413
        intent:booking:lex:keller	-0.0414
        intent:booking:lex:kitchen	-0.0414
        intent:booking:lex:asap	-0.0415
        intent:booking:lex:atencion	-0.0415
        intent:booking:lex:furs wochenende	-0.0415
        intent:booking:lex:small	-0.0415
        intent:booking:lex:wochenende	-0.0415
        intent:booking:lex:a small	-0.0416
        intent:booking:lex:holen wir	-0.0416
        intent:booking:lex:a course	-0.0417
        intent:booking:lex:course of	-0.0417
        intent:booking:lex:la oficina	-0.0417
        intent:booking:lex:look	-0.0417
        intent:booking:lex:pueden volver	-0.0417
        intent:booking:lex:volver a	-0.0417
        intent:booking:lex:vuelve	-0.0417
        intent:booking:lex:guests	-0.0418
        intent:booking:lex:o plano	-0.0418
        intent:booking:lex:como	-0.0423
        intent:booking:lex:depuis	-0.0423
        intent:booking:lex:de nata	-0.0424
        intent:booking:lex:nata	-0.0424
        intent:booking:lex:pasteis	-0.0424
        intent:booking:lex:pasteis de	-0.0424
        intent:booking:lex:cadeaubon	-0.0425
        intent:booking:lex:cadeaubon voor	-0.0425
        intent:booking:lex:whatsapp	-0.0426
        intent:booking:lex:prendre	-0.0428
        intent:booking:lex:since	-0.0428
        intent:booking:lex:semana que	-0.0431
        intent:booking:lex:visit	-0.0431
        intent:booking:lex:domingo	-0.0432
        intent:booking:lex:personnes a	-0.0432
        intent:booking:lex:empresa	-0.0435
        intent:booking:lex:holen	-0.0435
        intent:booking:lex:me recontacter	-0.0435
        intent:booking:lex:muss	-0.0435
        intent:booking:lex:recontacter	-0.0435
        intent:booking:lex:fate	-0.0436
        intent:booking:lex:cet	-0.0439
        intent:booking:lex:lausanne en	-0.0439
        intent:booking:lex:semana	-0.044
        intent:booking:lex:ainda esta	-0.0442
        intent:booking:lex:esta disponivel	-0.0442
        intent:booking:lex:kg	-0.0442
        intent:booking:lex:o t2	-0.0442
        intent:booking:lex:easter	-0.0443
        intent:booking:lex:fijne	-0.0446
        intent:booking:lex:ik zou	-0.0446
        intent:booking:lex:weten	-0.0447
        intent:booking:lex:esse	-0.0448
        intent:booking:lex:alguem	-0.0451
        intent:booking:lex:iscrivo	-0.0451
        intent:booking:lex:mi iscrivo	-0.0451
        intent:booking:lex:vcs	-0.0452
        intent:booking:lex:jullie een	-0.0453
        intent:booking:lex:oder	-0.0453
        intent:booking:lex:visita	-0.0456
        intent:booking:lex:sabado de	-0.0457
        intent:booking:lex:in jan	-0.046
        intent:booking:lex:einen	-0.0461
        intent:booking:lex:set	-0.0463
        intent:booking:lex:ci	-0.0465
        intent:booking:lex:en la	-0.0465
        intent:booking:lex:le	-0.0465
        intent:booking:lex:en noviembre	-0.0466
        intent:booking:lex:noviembre	-0.0466
        intent:booking:lex:de milho	-0.0467
        intent:booking:lex:milho	-0.0467
        intent:booking:lex:t2 em	-0.0468
        intent:booking:lex:faz	-0.047
        intent:booking:lex:centro	-0.0473
        intent:booking:lex:t2	-0.0473
        intent:booking:lex:juin	-0.0475
        intent:booking:lex:to you	-0.0475
        intent:booking:lex:gaan	-0.0477
        intent:booking:lex:la semana	-0.0479
        intent:booking:lex:mas	-0.0479
        intent:booking:lex:ai	-0.0483
        intent:booking:lex:ik me	-0.0483
        intent:booking:lex:el plan	-0.0485
        intent:booking:lex:possibile	-0.0485
        intent:booking:lex:februari	-0.0489
        intent:booking:lex:in februari	-0.0489
        intent:booking:lex:regalo	-0.049
        intent:booking:lex:po	-0.0491
        intent:booking:lex:oficina	-0.0493
        intent:booking:lex:how	-0.0494
        intent:booking:lex:falls	-0.0495
        intent:booking:lex:kaum	-0.0495
        intent:booking:lex:kompetent	-0.0495
        intent:booking:lex:sofort	-0.0495
        intent:booking:lex:wirklich	-0.0495
        intent:booking:lex:pourriez	-0.0496
        intent:booking:lex:pourriez vous	-0.0496
        intent:booking:lex:ich komm	-0.0497
        intent:booking:lex:ok	-0.0497
        intent:booking:lex:it	-0.0499
        intent:booking:lex:wifi	-0.0499
        intent:booking:lex:con	-0.0503
        intent:booking:lex:in leeds	-0.0503
        intent:booking:lex:juste	-0.0505
        intent:booking:lex:month	-0.0506
        intent:booking:lex:roma	-0.0506
        intent:booking:lex:se e	-0.0506
        intent:booking:lex:via roma	-0.0506
        intent:booking:lex:di nuovo	-0.0507
        intent:booking:lex:trilocale	-0.0507
        intent:booking:lex:in via	-0.0508
        intent:booking:lex:two	-0.0509
        intent:booking:lex:to	-0.051
        intent:booking:lex:de la	-0.0511
        intent:booking:lex:jan	-0.0513
        intent:booking:lex:nuovo	-0.0514
        intent:booking:lex:es algo	-0.0515
        intent:booking:lex:im marz	-0.0515
        intent:booking:lex:buongiorno	-0.0516
        intent:booking:lex:chiquito en	-0.0516
        intent:booking:lex:nous organisons	-0.0516
        intent:booking:lex:organisons	-0.0516
        intent:booking:lex:organisons un	-0.0516
        intent:booking:lex:algo chiquito	-0.0517
        intent:booking:lex:vou	-0.0517
        intent:booking:lex:la muneca	-0.0518
        intent:booking:lex:muneca	-0.0518
        intent:booking:lex:komm	-0.0519
        intent:booking:lex:algo	-0.0522
        intent:booking:lex:taart	-0.0524
        intent:booking:lex:un po	-0.0524
        intent:booking:lex:lenta	-0.0526
        intent:booking:lex:di tedesco	-0.0528
        intent:booking:lex:serale	-0.0528
        intent:booking:lex:tedesco	-0.0528
        intent:booking:lex:se a	-0.053
        intent:booking:lex:mesa para	-0.0531
        intent:booking:lex:a lausanne	-0.0532
        intent:booking:lex:wat	-0.0535
        intent:booking:lex:guy	-0.0537
        intent:booking:lex:a ottobre	-0.0538
        intent:booking:lex:and i	-0.054
        intent:booking:lex:prend	-0.054
        intent:booking:lex:dem	-0.0547
        intent:booking:lex:geburtstag	-0.0548
        intent:booking:lex:uma	-0.0551
        intent:booking:lex:have	-0.0556
        intent:booking:lex:gostaria	-0.0557
        intent:booking:lex:gostaria de	-0.0557
        intent:booking:lex:lausanne	-0.0558
        intent:booking:lex:evening	-0.056
        intent:booking:lex:how do	-0.056
        intent:booking:lex:ha	-0.0562
        intent:booking:lex:now	-0.0563
        intent:booking:lex:schrijf ik	-0.0564
        intent:booking:lex:no hay	-0.0567
        intent:booking:lex:contract	-0.0568
        intent:booking:lex:in january	-0.0569
        intent:booking:lex:reserver un	-0.0573
        intent:booking:lex:hj	-0.0576
        intent:booking:lex:je m	-0.0577
        intent:booking:lex:auch	-0.0578
        intent:booking:lex:gibt s	-0.0579
        intent:booking:lex:will	-0.0581
        intent:booking:lex:are	-0.0583
        intent:booking:lex:hoje	-0.0583
        intent:booking:lex:kunnen jullie	-0.0584
        intent:booking:lex:mir	-0.0585
        intent:booking:lex:chiquito	-0.0586
        intent:booking:lex:furs	-0.0586
        intent:booking:lex:este	-0.0587
        intent:booking:lex:gibt	-0.059
        intent:booking:lex:mehr	-0.0591
        intent:booking:lex:van	-0.0592
        intent:booking:lex:at	-0.0597
        intent:booking:lex:bora	-0.0599
        intent:booking:lex:staff	-0.0601
        intent:booking:lex:for that	-0.0602
        intent:booking:lex:euch	-0.0606
        intent:booking:lex:would love	-0.0607
        intent:booking:lex:ik	-0.0625
        intent:booking:lex:days	-0.0628
        intent:booking:lex:en el	-0.063
        intent:booking:lex:this week	-0.0633
        intent:booking:lex:places	-0.0634
        intent:booking:lex:e de	-0.0636
        intent:booking:lex:rico	-0.0637
        intent:booking:lex:cusco	-0.0638
        intent:booking:lex:desayuno	-0.0638
        intent:booking:lex:en cusco	-0.0638
        intent:booking:lex:mis	-0.0638
        intent:booking:lex:range	-0.0639
        intent:booking:lex:parte	-0.0641
        intent:booking:lex:papas	-0.0642
        intent:booking:lex:kunnen	-0.0649
        intent:booking:lex:schrijf	-0.0654
        intent:booking:lex:duas	-0.0656
        intent:booking:lex:via	-0.0662
        intent:booking:lex:zu euch	-0.0662
        intent:booking:lex:nen	-0.0665
        intent:booking:lex:sur	-0.0669
        intent:booking:lex:zum	-0.0672
        intent:booking:lex:leeds	-0.0677
        intent:booking:lex:ottobre	-0.0677
        intent:booking:lex:and	-0.068
        intent:booking:lex:for christmas	-0.0681
        intent:booking:lex:good service	-0.0683
        intent:booking:lex:know if	-0.0683
        intent:booking:lex:summer	-0.0685
        intent:booking:lex:start	-0.0686
        intent:booking:lex:galere	-0.069
        intent:booking:lex:ne repond	-0.069
        intent:booking:lex:personne ne	-0.069
        intent:booking:lex:repond	-0.069
        intent:booking:lex:des	-0.0691
        intent:booking:lex:personne	-0.0693
        intent:booking:lex:termine fin	-0.0693
        intent:booking:lex:fin juin	-0.0695
        intent:booking:lex:jullie	-0.0695
        intent:booking:lex:may	-0.0696
        intent:booking:lex:notre contrat	-0.0696
        intent:booking:lex:se termine	-0.0696
        intent:booking:lex:termine	-0.0696
        intent:booking:lex:cover	-0.0697
        intent:booking:lex:comecar	-0.0699
        intent:booking:lex:collection	-0.07
        intent:booking:lex:two of	-0.0701
        intent:booking:lex:for two	-0.0706
        intent:booking:lex:jamais	-0.0708
        intent:booking:lex:keine	-0.0709
        intent:booking:lex:cita para	-0.0715
        intent:booking:lex:mir zu	-0.0715
        intent:booking:lex:plateau raclette	-0.0717
        intent:booking:lex:raclette	-0.0717
        intent:booking:lex:raclette pour	-0.0717
        intent:booking:lex:un plateau	-0.0717
        intent:booking:lex:voll	-0.0717
        intent:booking:lex:chance of	-0.0718
        intent:booking:lex:team	-0.0719
        intent:booking:lex:plateau	-0.0721
        intent:booking:lex:or is	-0.0732
        intent:booking:lex:tem plano	-0.0732
        intent:booking:lex:eu e	-0.0733
        intent:booking:lex:cada	-0.0735
        intent:booking:lex:mcfit	-0.0736
        intent:booking:lex:clients	-0.0741
        intent:booking:lex:fully	-0.0741
        intent:booking:lex:new clients	-0.0741
        intent:booking:lex:taking new	-0.0741
        intent:booking:lex:pour samedi	-0.0751
        intent:booking:lex:casal	-0.0754
        intent:booking:lex:buen	-0.0755
        intent:booking:lex:y	-0.0758
        intent:booking:lex:kommen	-0.0759
        intent:booking:lex:avec	-0.076
        intent:booking:lex:a second	-0.0763
        intent:booking:lex:die	-0.0766
        intent:booking:lex:know	-0.0767
        intent:booking:lex:m	-0.077
        intent:booking:lex:que viene	-0.0771
        intent:booking:lex:ca fait	-0.0774
        intent:booking:lex:franchement	-0.0776
        intent:booking:lex:para el	-0.0778
        intent:booking:lex:viene	-0.0779
        intent:booking:lex:plan	-0.0794
        intent:booking:lex:love	-0.0808
        intent:booking:lex:zu	-0.081
        intent:booking:lex:de	-0.0821
        intent:booking:lex:test	-0.0823
        intent:booking:lex:taking	-0.083
        intent:booking:lex:mesa	-0.0834
        intent:booking:lex:mit	-0.0835
        intent:booking:lex:coming	-0.0836
        intent:booking:lex:turkeys	-0.0838
        intent:booking:lex:passe le	-0.084
        intent:booking:lex:fin	-0.0842
        intent:booking:lex:got a	-0.0843
        intent:booking:lex:will need	-0.0846
        intent:booking:lex:any chance	-0.0849
        intent:booking:lex:was	-0.085
        intent:booking:lex:je passe	-0.0862
        intent:booking:lex:service	-0.0862
        intent:booking:lex:moi	-0.0863
        intent:booking:lex:una	-0.0872
        intent:booking:lex:today	-0.0875
        intent:booking:lex:christmas	-0.088
        intent:booking:lex:we re	-0.088
        intent:booking:lex:melden	-0.0882
        intent:booking:lex:do you	-0.0885
        intent:booking:lex:di	-0.0892
        intent:booking:lex:para hoy	-0.0896
        intent:booking:lex:workshop	-0.0904
        intent:booking:lex:chance	-0.0907
        intent:booking:lex:passe	-0.0909
        intent:booking:lex:meld mich	-0.091
        intent:booking:lex:o	-0.0916
        intent:booking:lex:julio	-0.0917
        intent:booking:lex:samedi	-0.0917
        intent:booking:lex:ca	-0.0918
        intent:booking:lex:camp	-0.0927
        intent:booking:lex:vorrei	-0.0928
        intent:booking:lex:the summer	-0.0929
        intent:booking:lex:anyone	-0.0935
        intent:booking:lex:inscrivez	-0.0935
        intent:booking:lex:course	-0.0937
        intent:booking:lex:til	-0.0937
        intent:booking:lex:pago	-0.0944
        intent:booking:lex:an	-0.0946
        intent:booking:lex:aula experimental	-0.0951
        intent:booking:lex:experimental	-0.0951
        intent:booking:lex:that	-0.0951
        intent:booking:lex:bar	-0.0959
        intent:booking:lex:eine	-0.0959
        intent:booking:lex:hay	-0.0959
        intent:booking:lex:re	-0.0968
        intent:booking:lex:cita	-0.097
        intent:booking:lex:still	-0.0971
        intent:booking:lex:too	-0.0978
        intent:booking:lex:er	-0.0982
        intent:booking:lex:ort	-0.0994
        intent:booking:lex:vor ort	-0.0994
        intent:booking:lex:esta	-0.0996
        intent:booking:lex:inscrivez moi	-0.1001
        intent:booking:lex:moi au	-0.1002
        intent:booking:lex:booked	-0.1003
        intent:booking:lex:got	-0.1013
        intent:booking:lex:je paie	-0.1018
        intent:booking:lex:place	-0.1019
        intent:booking:lex:vorrei sapere	-0.1032
        intent:booking:lex:volver	-0.1056
        intent:booking:lex:would	-0.1057
        intent:booking:lex:paie	-0.1061
        intent:booking:lex:la noche	-0.1078
        intent:booking:lex:noche	-0.1078
        intent:booking:lex:stage	-0.1095
        intent:booking:lex:juillet	-0.1104
        intent:booking:lex:arguments	-0.1114
        intent:booking:lex:no arguments	-0.1114
        intent:booking:lex:second	-0.1116
        intent:booking:lex:en	-0.112
        intent:booking:lex:your bday	-0.1125
        intent:booking:lex:for your	-0.1127
        intent:booking:lex:gibts	-0.1133
        intent:booking:lex:good	-0.1134
        intent:booking:lex:eu	-0.1143
        intent:booking:lex:someone	-0.1154
        intent:booking:lex:over	-0.1157
        intent:booking:lex:subscription	-0.1159
        intent:booking:lex:e	-0.1177
        intent:booking:lex:new	-0.118
        intent:booking:lex:bday	-0.119
        intent:booking:lex:free	-0.1192
        intent:booking:lex:uns	-0.1196
        intent:booking:lex:sapere	-0.1198
        intent:booking:lex:plano	-0.1213
        intent:booking:lex:que	-0.1255
        intent:booking:lex:you	-0.1276
        intent:booking:lex:me	-0.1288
        intent:booking:lex:wird	-0.129
        intent:booking:lex:ich	-0.1325
        intent:booking:lex:aula	-0.139
        intent:booking:lex:is	-0.1463
        intent:booking:lex:es	-0.147
        intent:booking:lex:any	-0.1501
        intent:booking:lex:ne	-0.1532
        intent:booking:lex:or	-0.157
        intent:booking:lex:nach	-0.1629
        intent:booking:lex:of the	-0.1633
        intent:booking:lex:january	-0.1718
        intent:booking:lex:tienen	-0.2138
        intent:booking:lex:se	-0.2171
        intent:booking:lex:un	-0.2282
        intent:booking:lex:of	-0.3476
        intent:contact:contact-sent	5.0415
        intent:contact:contact-ask	4.9941
        intent:contact:seeking-replacement	1.8452
        intent:contact:vendor-pitch	1.011
        intent:contact:switching	0.7412
        intent:contact:need-plan	0.7287
        intent:contact:price-ask	0.5707
        intent:contact:(bias)	0.4486
        intent:contact:complaint	0.3801
        intent:contact:question-opener	0.3547
        intent:contact:long-text	0.3468
        intent:contact:purchase-ask	0.3411
        intent:contact:tag-plan	0.3328
        intent:contact:party-size	0.2877
        intent:contact:sarcasm	0.2764
        intent:contact:request	0.2395
        intent:contact:recovery	0.2154
        intent:contact:imperative-request	0.1845
        intent:contact:complaint-with-request	0.173
        intent:contact:booking-request	0.1492
        intent:contact:stated-not-asked	0.1444
        intent:contact:purchase-topic	0.1422
        intent:contact:addressed-question	0.1217
        intent:contact:conditional-offer	0.0831
        intent:contact:laughter	0.0619
        intent:contact:seller-intro	-0.0144
        intent:contact:return-booked	-0.0162
        intent:contact:rejection	-0.0208
        intent:contact:giveaway	-0.043
        intent:contact:curiosity	-0.0491
        intent:contact:callback-promise	-0.0499
        intent:contact:current-provider	-0.0721
        intent:contact:rhetorical	-0.0904
        intent:contact:job-seeker	-0.1207
        intent:contact:multi-tag	-0.1486
        intent:contact:price-shape	-0.1581
        intent:contact:sign-up	-0.1626
        intent:contact:follower-spam	-0.1902
        intent:contact:how-much	-0.2082
        intent:contact:booking-noun	-0.2166
        intent:contact:future-visit	-0.2187
        intent:contact:past	-0.2195
        intent:contact:praise	-0.2391
        intent:contact:stated-in-past	-0.2536
        intent:contact:resolved	-0.2655
        intent:contact:reply	-0.31
        intent:contact:refusal	-0.3252
        intent:contact:abuse	-0.4721
        intent:contact:deal-ask	-0.5058
        intent:contact:negated-cue	-0.518
        intent:contact:question	-0.573
        intent:contact:availability-ask	-0.5935
        intent:contact:price-word	-0.644
        intent:contact:booking-ask	-0.6916
        intent:contact:non-customer	-0.6986
        intent:contact:friend-tag	-0.7143
        intent:contact:review-4-5-stars	-0.7247
        intent:contact:availability-question	-0.7476
        intent:contact:review-3-stars	-0.7493
        intent:contact:mention	-0.8204
        intent:contact:off-topic	-0.8839
        intent:contact:review-1-2-stars	-1.0539
        intent:contact:timing	-1.164
        intent:contact:lex:un	0.3268
        intent:contact:lex:info	0.3247
        intent:contact:lex:me	0.2822
        intent:contact:lex:mp	0.2399
        intent:contact:lex:x	0.1993
        intent:contact:lex:auf	0.1992
        intent:contact:lex:haben	0.1939
        intent:contact:lex:schreib	0.168
        intent:contact:lex:team	0.1652
        intent:contact:lex:wir	0.1628
        intent:contact:lex:your	0.1503
        intent:contact:lex:bel	0.1466
        intent:contact:lex:sent you	0.1432
        intent:contact:lex:siamo	0.1408
        intent:contact:lex:per	0.1361
        intent:contact:lex:voor een	0.1355
        intent:contact:lex:voor	0.1341
        intent:contact:lex:sent	0.1323
        intent:contact:lex:dem	0.1312
        intent:contact:lex:dem tisch	0.1306
        intent:contact:lex:auf dem	0.1305
        intent:contact:lex:tisch	0.1291
        intent:contact:lex:podem	0.1288
        intent:contact:lex:sich	0.1248
        intent:contact:lex:mir melden	0.1235
        intent:contact:lex:bei mir	0.123
        intent:contact:lex:staff	0.1225
        intent:contact:lex:kann sich	0.1223
        intent:contact:lex:melden	0.1213
        intent:contact:lex:para	0.1212
        intent:contact:lex:een	0.1191
        intent:contact:lex:nieuwe	0.1159
        intent:contact:lex:over	0.1153
        intent:contact:lex:wir haben	0.1144
        intent:contact:lex:from	0.1139
        intent:contact:lex:form	0.1136
        intent:contact:lex:interested	0.113
        intent:contact:lex:adulti	0.1112
        intent:contact:lex:no reply	0.11
        intent:contact:lex:reply yet	0.11
        intent:contact:lex:reply	0.1097
        intent:contact:lex:envoye	0.109
        intent:contact:lex:vous me	0.109
        intent:contact:lex:in your	0.1083
        intent:contact:lex:kitchen	0.108
        intent:contact:lex:yet	0.1073
        intent:contact:lex:someone from	0.1071
        intent:contact:lex:temos	0.1071
        intent:contact:lex:na	0.107
        intent:contact:lex:working	0.1066
        intent:contact:lex:heb	0.1062
        intent:contact:lex:interessada	0.1062
        intent:contact:lex:twice	0.1062
        intent:contact:lex:pm	0.1052
        intent:contact:lex:mandato	0.1051
        intent:contact:lex:mailtje	0.1037
        intent:contact:lex:mailtje gestuurd	0.1037
        intent:contact:lex:you	0.1029
        intent:contact:lex:over de	0.1011
        intent:contact:lex:you an	0.1011
        intent:contact:lex:ligar	0.1008
        intent:contact:lex:dir	0.1006
        intent:contact:lex:cloud	0.1004
        intent:contact:lex:migracao para	0.1004
        intent:contact:lex:para cloud	0.1004
        intent:contact:lex:vous	0.1002
        intent:contact:lex:mate	0.0997
        intent:contact:lex:una	0.0997
        intent:contact:lex:eine	0.0996
        intent:contact:lex:precisamos	0.0995
        intent:contact:lex:precisamos de	0.0995
        intent:contact:lex:a kitchen	0.0992
        intent:contact:lex:is it	0.099
        intent:contact:lex:migracao	0.099
        intent:contact:lex:re	0.0981
        intent:contact:lex:training	0.0974
        intent:contact:lex:mir	0.0952
        intent:contact:lex:a quote	0.0949
        intent:contact:lex:e	0.0948
        intent:contact:lex:m365	0.0948
        intent:contact:lex:entrar	0.0947
        intent:contact:lex:entrar em	0.0947
        intent:contact:lex:podem entrar	0.0947
        intent:contact:lex:niemand	0.0943
        intent:contact:lex:e precisamos	0.0941
        intent:contact:lex:pourriez	0.0941
        intent:contact:lex:pourriez vous	0.0941
        intent:contact:lex:gebeld	0.0938
        intent:contact:lex:contato	0.0929
        intent:contact:lex:op	0.0929
        intent:contact:lex:avril	0.0925
        intent:contact:lex:en avril	0.0925
        intent:contact:lex:can	0.0923
        intent:contact:lex:ne mail	0.0921
        intent:contact:lex:terug	0.0917
        intent:contact:lex:personnes a	0.0908
        intent:contact:lex:me recontacter	0.0907
        intent:contact:lex:need a	0.0907
        intent:contact:lex:recontacter	0.0907
        intent:contact:lex:nous organisons	0.0899
        intent:contact:lex:organisons	0.0899
        intent:contact:lex:organisons un	0.0899
        intent:contact:lex:can someone	0.0878
        intent:contact:lex:un seminaire	0.0876
        intent:contact:lex:migration	0.0867
        intent:contact:lex:bel me	0.0865
        intent:contact:lex:lausanne en	0.0863
        intent:contact:lex:tel	0.0861
        intent:contact:lex:seminaire	0.086
        intent:contact:lex:gleich	0.0857
        intent:contact:lex:grad	0.0855
        intent:contact:lex:al	0.0849
        intent:contact:lex:gehoord	0.0834
        intent:contact:lex:niks gehoord	0.0834
        intent:contact:lex:nog niks	0.0834
        intent:contact:lex:auf m365	0.083
        intent:contact:lex:standorte	0.0828
        intent:contact:lex:de apk	0.0824
        intent:contact:lex:aub	0.0823
        intent:contact:lex:zoeken	0.0822
        intent:contact:lex:porfa	0.0819
        intent:contact:lex:from your	0.0816
        intent:contact:lex:apk	0.0815
        intent:contact:lex:call	0.0814
        intent:contact:lex:me pueden	0.0808
        intent:contact:lex:genau	0.0804
        intent:contact:lex:grad auf	0.0804
        intent:contact:lex:herr	0.0804
        intent:contact:lex:thema	0.0804
        intent:contact:lex:need	0.0794
        intent:contact:lex:scritto	0.0791
        intent:contact:lex:sie mich	0.0788
        intent:contact:lex:potete	0.0783
        intent:contact:lex:keller	0.0782
        intent:contact:lex:naar	0.078
        intent:contact:lex:niks	0.0777
        intent:contact:lex:een offerte	0.0775
        intent:contact:lex:morgen	0.077
        intent:contact:lex:personnes	0.0759
        intent:contact:lex:konnen	0.0749
        intent:contact:lex:konnen sie	0.0749
        intent:contact:lex:migration auf	0.0749
        intent:contact:lex:pueden	0.0746
        intent:contact:lex:scritto in	0.0742
        intent:contact:lex:sie	0.0741
        intent:contact:lex:ho	0.074
        intent:contact:lex:bei	0.0732
        intent:contact:lex:contattarmi	0.0728
        intent:contact:lex:probleme	0.0721
        intent:contact:lex:server	0.0721
        intent:contact:lex:seit wochen	0.0715
        intent:contact:lex:mail	0.0701
        intent:contact:lex:macht	0.07
        intent:contact:lex:partner	0.07
        intent:contact:lex:pour	0.07
        intent:contact:lex:ai	0.0695
        intent:contact:lex:per il	0.0685
        intent:contact:lex:met	0.0674
        intent:contact:lex:envoye un	0.0673
        intent:contact:lex:potete contattarmi	0.067
        intent:contact:lex:ho scritto	0.0668
        intent:contact:lex:person	0.0666
        intent:contact:lex:pode	0.0664
        intent:contact:lex:vous ai	0.0661
        intent:contact:lex:posso	0.0659
        intent:contact:lex:wij zoeken	0.0657
        intent:contact:lex:lo del	0.0654
        intent:contact:lex:bitte jemand	0.0653
        intent:contact:lex:kann	0.065
        intent:contact:lex:hace rato	0.0647
        intent:contact:lex:whatsapp	0.0647
        intent:contact:lex:rato	0.0646
        intent:contact:lex:gedaan voor	0.0645
        intent:contact:lex:via het	0.0645
        intent:contact:lex:ai envoye	0.0638
        intent:contact:lex:catering	0.0637
        intent:contact:lex:bitte kontaktieren	0.0635
        intent:contact:lex:kontaktieren	0.0635
        intent:contact:lex:maar	0.0635
        intent:contact:lex:gerust	0.0631
        intent:contact:lex:orcamento	0.0628
        intent:contact:lex:gisteren	0.0625
        intent:contact:lex:mich bitte	0.0624
        intent:contact:lex:deje	0.0622
        intent:contact:lex:les deje	0.0622
        intent:contact:lex:zoeken een	0.0621
        intent:contact:lex:in privato	0.0618
        intent:contact:lex:privato	0.0618
        intent:contact:lex:mich	0.0617
        intent:contact:lex:es	0.0616
        intent:contact:lex:jemanden	0.0614
        intent:contact:lex:jemanden fur	0.0614
        intent:contact:lex:wochen	0.0612
        intent:contact:lex:paid social	0.0611
        intent:contact:lex:social	0.0611
        intent:contact:lex:commerce	0.061
        intent:contact:lex:e commerce	0.061
        intent:contact:lex:gedaan	0.0606
        intent:contact:lex:per un	0.0604
        intent:contact:lex:chi posso	0.0603
        intent:contact:lex:siamo un	0.06
        intent:contact:lex:mandei	0.0596
        intent:contact:lex:via	0.0596
        intent:contact:lex:llamadme	0.0595
        intent:contact:lex:und der	0.0592
        intent:contact:lex:wij	0.059
        intent:contact:lex:ihnen	0.0585
        intent:contact:lex:me even	0.0584
        intent:contact:lex:wie kan	0.058
        intent:contact:lex:your side	0.058
        intent:contact:lex:chi	0.0576
        intent:contact:lex:sobre	0.0574
        intent:contact:lex:serve	0.0571
        intent:contact:lex:side	0.0568
        intent:contact:lex:ad	0.0565
        intent:contact:lex:direct	0.0564
        intent:contact:lex:me ligar	0.0564
        intent:contact:lex:paid	0.0563
        intent:contact:lex:berichtje	0.0561
        intent:contact:lex:een berichtje	0.0561
        intent:contact:lex:alla	0.0559
        intent:contact:lex:quote for	0.0557
        intent:contact:lex:een partner	0.0553
        intent:contact:lex:escribi	0.0553
        intent:contact:lex:ik schakelen	0.0553
        intent:contact:lex:met wie	0.0553
        intent:contact:lex:schakelen	0.0553
        intent:contact:lex:even	0.0551
        intent:contact:lex:wil een	0.055
        intent:contact:lex:s the	0.0546
        intent:contact:lex:we re	0.0546
        intent:contact:lex:brugge	0.0545
        intent:contact:lex:gent naar	0.0545
        intent:contact:lex:naar brugge	0.0545
        intent:contact:lex:van gent	0.0545
        intent:contact:lex:whatsapp para	0.0545
        intent:contact:lex:reach	0.0544
        intent:contact:lex:per una	0.0538
        intent:contact:lex:pueden llamar	0.0538
        intent:contact:lex:could someone	0.0535
        intent:contact:lex:dm	0.053
        intent:contact:lex:een nieuwe	0.0529
        intent:contact:lex:sich bei	0.0525
        intent:contact:lex:llamar al	0.0523
        intent:contact:lex:llamar	0.0521
        intent:contact:lex:best	0.052
        intent:contact:lex:seo	0.0518
        intent:contact:lex:supporto	0.0518
        intent:contact:lex:vini	0.0518
        intent:contact:lex:cerchiamo	0.0517
        intent:contact:lex:mijn moeder	0.0514
        intent:contact:lex:moeder	0.0514
        intent:contact:lex:quote	0.0514
        intent:contact:lex:interessati	0.0512
        intent:contact:lex:scrivetemi	0.0512
        intent:contact:lex:siamo interessati	0.0512
        intent:contact:lex:vostra	0.0512
        intent:contact:lex:wegen	0.0511
        intent:contact:lex:commerce di	0.051
        intent:contact:lex:stuur	0.051
        intent:contact:lex:un e	0.051
        intent:contact:lex:les escribi	0.0507
        intent:contact:lex:je vous	0.0505
        intent:contact:lex:whats	0.0505
        intent:contact:lex:keinen	0.0502
        intent:contact:lex:nis2	0.0502
        intent:contact:lex:pure	0.0502
        intent:contact:lex:un preventivo	0.0502
        intent:contact:lex:about	0.05
        intent:contact:lex:could	0.0494
        intent:contact:lex:fur die	0.0493
        intent:contact:lex:por whatsapp	0.0492
        intent:contact:lex:soluzione	0.0491
        intent:contact:lex:orcamento de	0.0488
        intent:contact:lex:escribi por	0.0487
        intent:contact:lex:jemand	0.0483
        intent:contact:lex:gent	0.0475
        intent:contact:lex:es una	0.0473
        intent:contact:lex:excelente	0.0473
        intent:contact:lex:excelente atencion	0.0473
        intent:contact:lex:help with	0.0473
        intent:contact:lex:sacar turno	0.0473
        intent:contact:lex:vero	0.0473
        intent:contact:lex:atencion	0.0472
        intent:contact:lex:sacar	0.0467
        intent:contact:lex:turno para	0.0465
        intent:contact:lex:help	0.0464
        intent:contact:lex:sales	0.0464
        intent:contact:lex:ya les	0.0462
        intent:contact:lex:turno	0.046
        intent:contact:lex:offerte voor	0.0457
        intent:contact:lex:the best	0.0456
        intent:contact:lex:reach out	0.0454
        intent:contact:lex:mp envoye	0.0452
        intent:contact:lex:en marzo	0.0449
        intent:contact:lex:hace	0.0449
        intent:contact:lex:contact	0.0447
        intent:contact:lex:a mortgage	0.0444
        intent:contact:lex:by my	0.0444
        intent:contact:lex:ligar me	0.0444
        intent:contact:lex:my bank	0.0444
        intent:contact:lex:bank	0.0443
        intent:contact:lex:mortgage	0.0442
        intent:contact:lex:um orcamento	0.0442
        intent:contact:lex:mi	0.0439
        intent:contact:lex:pour le	0.0438
        intent:contact:lex:with a	0.0438
        intent:contact:lex:person to	0.0437
        intent:contact:lex:impianto	0.0432
        intent:contact:lex:about the	0.043
        intent:contact:lex:iemand mij	0.0428
        intent:contact:lex:if i	0.0426
        intent:contact:lex:nog	0.0426
        intent:contact:lex:para una	0.0426
        intent:contact:lex:ci serve	0.0425
        intent:contact:lex:outsourcing	0.0425
        intent:contact:lex:necesito	0.0422
        intent:contact:lex:saas	0.0421
        intent:contact:lex:at	0.0417
        intent:contact:lex:ik wil	0.0415
        intent:contact:lex:lo	0.0415
        intent:contact:lex:un dm	0.0415
        intent:contact:lex:con el	0.0412
        intent:contact:lex:nous	0.0411
        intent:contact:lex:comunion	0.0407
        intent:contact:lex:de la	0.0406
        intent:contact:lex:para um	0.0406
        intent:contact:lex:can you	0.0404
        intent:contact:lex:e para	0.0401
        intent:contact:lex:you a	0.0401
        intent:contact:lex:up	-0.0402
        intent:contact:lex:sind	-0.0411
        intent:contact:lex:einen neuen	-0.0412
        intent:contact:lex:neuen	-0.0413
        intent:contact:lex:still	-0.0415
        intent:contact:lex:does	-0.0417
        intent:contact:lex:de	-0.0419
        intent:contact:lex:to call	-0.0424
        intent:contact:lex:and	-0.0431
        intent:contact:lex:une	-0.0431
        intent:contact:lex:ende	-0.0436
        intent:contact:lex:happy	-0.0436
        intent:contact:lex:happy to	-0.0436
        intent:contact:lex:quanto	-0.0437
        intent:contact:lex:am	-0.0439
        intent:contact:lex:vcs	-0.0439
        intent:contact:lex:eind	-0.044
        intent:contact:lex:bestellen	-0.0441
        intent:contact:lex:mit	-0.0443
        intent:contact:lex:zum	-0.0443
        intent:contact:lex:nicht mehr	-0.0448
        intent:contact:lex:to your	-0.045
        intent:contact:lex:quotes	-0.0456
        intent:contact:lex:quotes for	-0.0456
        intent:contact:lex:or	-0.0458
        intent:contact:lex:wedding	-0.0459
        intent:contact:lex:des	-0.046
        intent:contact:lex:quero	-0.046
        intent:contact:lex:rotterdam	-0.0465
        intent:contact:lex:appartement	-0.0466
        intent:contact:lex:were	-0.0466
        intent:contact:lex:cake	-0.0467
        intent:contact:lex:einen	-0.0467
        intent:contact:lex:a partial	-0.0469
        intent:contact:lex:partial	-0.0469
        intent:contact:lex:partial refund	-0.0469
        intent:contact:lex:trasloco	-0.0469
        intent:contact:lex:maggio	-0.0472
        intent:contact:lex:bologna	-0.0477
        intent:contact:lex:bilocale	-0.048
        intent:contact:lex:like	-0.048
        intent:contact:lex:por privado	-0.0481
        intent:contact:lex:how	-0.0484
        intent:contact:lex:mehr	-0.0489
        intent:contact:lex:t	-0.0493
        intent:contact:lex:kamer	-0.0494
        intent:contact:lex:kamer appartement	-0.0494
        intent:contact:lex:refund	-0.0495
        intent:contact:lex:sociedades	-0.0495
        intent:contact:lex:corto	-0.0496
        intent:contact:lex:corto con	-0.0496
        intent:contact:lex:holded	-0.0496
        intent:contact:lex:nos queda	-0.0496
        intent:contact:lex:queda corto	-0.0496
        intent:contact:lex:link	-0.0497
        intent:contact:lex:ver una	-0.0498
        intent:contact:lex:c	-0.05
        intent:contact:lex:suchen ab	-0.0501
        intent:contact:lex:se nos	-0.0502
        intent:contact:lex:pero	-0.0503
        intent:contact:lex:queda	-0.0503
        intent:contact:lex:for a	-0.0512
        intent:contact:lex:offerte graag	-0.0512
        intent:contact:lex:of the	-0.0513
        intent:contact:lex:nos	-0.052
        intent:contact:lex:fine	-0.0521
        intent:contact:lex:just	-0.0533
        intent:contact:lex:estamos	-0.0539
        intent:contact:lex:u	-0.0544
        intent:contact:lex:die	-0.0547
        intent:contact:lex:nous sommes	-0.0547
        intent:contact:lex:sommes	-0.0547
        intent:contact:lex:do you	-0.0548
        intent:contact:lex:amsterdam	-0.0555
        intent:contact:lex:est	-0.0555
        intent:contact:lex:den	-0.0563
        intent:contact:lex:con	-0.0568
        intent:contact:lex:ans mais	-0.0579
        intent:contact:lex:avec une	-0.0579
        intent:contact:lex:mais les	-0.0579
        intent:contact:lex:on aimerait	-0.0579
        intent:contact:lex:puis	-0.0579
        intent:contact:lex:puis je	-0.0579
        intent:contact:lex:qui puis	-0.0579
        intent:contact:lex:aimerait	-0.058
        intent:contact:lex:changer	-0.0582
        intent:contact:lex:heb jullie	-0.0582
        intent:contact:lex:el	-0.0589
        intent:contact:lex:vi	-0.059
        intent:contact:lex:da	-0.0592
        intent:contact:lex:fiduciaire	-0.0593
        intent:contact:lex:kunnen jullie	-0.0593
        intent:contact:lex:je contacter	-0.0595
        intent:contact:lex:si	-0.0597
        intent:contact:lex:that	-0.06
        intent:contact:lex:escribo por	-0.0606
        intent:contact:lex:i	-0.0606
        intent:contact:lex:plus	-0.0612
        intent:contact:lex:dias	-0.0616
        intent:contact:lex:our current	-0.0619
        intent:contact:lex:kunnen	-0.0625
        intent:contact:lex:bag	-0.0627
        intent:contact:lex:bitte an	-0.0629
        intent:contact:lex:os escribo	-0.0632
        intent:contact:lex:pour l	-0.0643
        intent:contact:lex:avec	-0.0652
        intent:contact:lex:streichen	-0.0657
        intent:contact:lex:nicht	-0.0659
        intent:contact:lex:zimmer	-0.0659
        intent:contact:lex:jullie	-0.0662
        intent:contact:lex:os	-0.0667
        intent:contact:lex:ab	-0.0669
        intent:contact:lex:depuis	-0.067
        intent:contact:lex:current	-0.0675
        intent:contact:lex:ans	-0.0685
        intent:contact:lex:it	-0.0685
        intent:contact:lex:o	-0.0698
        intent:contact:lex:the	-0.0713
        intent:contact:lex:ihr	-0.0722
        intent:contact:lex:che la	-0.0737
        intent:contact:lex:che passo	-0.0737
        intent:contact:lex:fosse	-0.0737
        intent:contact:lex:gentilissimi	-0.0737
        intent:contact:lex:peccato	-0.0737
        intent:contact:lex:peccato che	-0.0737
        intent:contact:lex:volevo	-0.0737
        intent:contact:lex:montatura	-0.0743
        intent:contact:lex:arriva	-0.0748
        intent:contact:lex:chiamatemi	-0.0752
        intent:contact:lex:che	-0.0765
        intent:contact:lex:je	-0.0773
        intent:contact:lex:one	-0.0791
        intent:contact:lex:mais	-0.0797
        intent:contact:lex:appena	-0.08
        intent:contact:lex:s	-0.0824
        intent:contact:lex:graag	-0.0828
        intent:contact:lex:fur	-0.0829
        intent:contact:lex:passo a	-0.0829
        intent:contact:lex:angebot	-0.0844
        intent:contact:lex:for the	-0.0851
        intent:contact:lex:do	-0.0862
        intent:contact:lex:come	-0.091
        intent:contact:lex:se	-0.0935
        intent:contact:lex:que	-0.0936
        intent:contact:lex:le	-0.094
        intent:contact:lex:een mail	-0.0942
        intent:contact:lex:mail gestuurd	-0.0942
        intent:contact:lex:jullie een	-0.0945
        intent:contact:lex:passo	-0.0957
        intent:contact:lex:escribo	-0.0992
        intent:contact:lex:of	-0.1038
        intent:contact:lex:to me	-0.1049
        intent:contact:lex:please	-0.1053
        intent:contact:lex:vrijdag	-0.1056
        intent:contact:lex:get back	-0.1077
        intent:contact:lex:l	-0.1082
        intent:contact:lex:back	-0.1128
        intent:contact:lex:cancelled flight	-0.1128
        intent:contact:lex:hours	-0.1128
        intent:contact:lex:my cancelled	-0.1128
        intent:contact:lex:booking	-0.1129
        intent:contact:lex:my	-0.1129
        intent:contact:lex:someone please	-0.1129
        intent:contact:lex:flight	-0.1132
        intent:contact:lex:cancelled	-0.1158
        intent:contact:lex:back to	-0.1223
        intent:contact:lex:ref	-0.1288
        intent:contact:lex:la	-0.1372
        intent:contact:lex:on hold	-0.1385
        intent:contact:lex:get	-0.143
        intent:contact:lex:in dm	-0.1431
        intent:contact:lex:on	-0.1476
        intent:contact:lex:hold	-0.1712
        intent:contact:lex:to	-0.2082
        intent:contact:lex:a	-0.2114
        intent:contact:lex:in	-0.2649
        intent:price:price-ask	6.0499
        intent:price:how-much	4.3437
        intent:price:price-word	3.1761
        intent:price:deal-ask	2.6781
        intent:price:price-shape	2.5943
        intent:price:booking-request	0.7412
        intent:price:question	0.7257
        intent:price:job-seeker	0.6998
        intent:price:abuse	0.5927
        intent:price:party-size	0.5775
        intent:price:curiosity	0.4545
        intent:price:sign-up	0.432
        intent:price:vendor-pitch	0.3218
        intent:price:availability-question	0.2993
        intent:price:purchase-ask	0.2539
        intent:price:giveaway	0.2177
        intent:price:off-topic	0.2169
        intent:price:stated-in-past	0.2038
        intent:price:recovery	0.1836
        intent:price:review-4-5-stars	0.1594
        intent:price:laughter	0.0961
        intent:price:long-text	0.084
        intent:price:praise	0.0384
        intent:price:sarcasm	0.0359
        intent:price:request	0.0351
        intent:price:purchase-topic	0.008
        intent:price:withdrawn	-0.0001
        intent:price:refusal	-0.0039
        intent:price:seller-intro	-0.0079
        intent:price:rejection	-0.0092
        intent:price:non-customer	-0.0096
        intent:price:resolved	-0.0129
        intent:price:booking-ask	-0.0179
        intent:price:callback-promise	-0.0235
        intent:price:return-booked	-0.0305
        intent:price:rhetorical	-0.0497
        intent:price:booking-noun	-0.0587
        intent:price:past	-0.0665
        intent:price:availability-ask	-0.1466
        intent:price:current-provider	-0.1552
        intent:price:follower-spam	-0.1864
        intent:price:review-3-stars	-0.1891
        intent:price:complaint-with-request	-0.2101
        intent:price:reply	-0.2432
        intent:price:contact-sent	-0.2591
        intent:price:multi-tag	-0.2699
        intent:price:addressed-question	-0.276
        intent:price:future-visit	-0.3357
        intent:price:timing	-0.3434
        intent:price:seeking-replacement	-0.3475
        intent:price:negated-cue	-0.3813
        intent:price:complaint	-0.3888
        intent:price:conditional-offer	-0.4285
        intent:price:need-plan	-0.4299
        intent:price:stated-not-asked	-0.4604
        intent:price:(bias)	-0.4608
        intent:price:tag-plan	-0.5189
        intent:price:mention	-0.5286
        intent:price:contact-ask	-0.555
        intent:price:friend-tag	-0.6968
        intent:price:review-1-2-stars	-0.7104
        intent:price:question-opener	-0.8835
        intent:price:switching	-0.9203
        intent:price:imperative-request	-1.0149
        intent:price:lex:fur	0.2236
        intent:price:lex:was	0.2156
        intent:price:lex:the	0.2133
        intent:price:lex:you	0.2095
        intent:price:lex:on	0.1781
        intent:price:lex:sind ein	0.1728
        intent:price:lex:angebot	0.172
        intent:price:lex:wir sind	0.169
        intent:price:lex:ein	0.1682
        intent:price:lex:mit	0.1655
        intent:price:lex:sind	0.1599
        intent:price:lex:on the	0.1508
        intent:price:lex:wat	0.1492
        intent:price:lex:c	0.1484
        intent:price:lex:buenas	0.148
        intent:price:lex:c est	0.1455
        intent:price:lex:un	0.141
        intent:price:lex:packages	0.139
        intent:price:lex:offer	0.1364
        intent:price:lex:golf	0.1339
        intent:price:lex:price	0.1291
        intent:price:lex:do you	0.1284
        intent:price:lex:what	0.1279
        intent:price:lex:bitte	0.1234
        intent:price:lex:rijtjeshuis	0.1205
        intent:price:lex:rijtjeshuis in	0.1192
        intent:price:lex:est	0.1181
        intent:price:lex:zahlt	0.1166
        intent:price:lex:zahlt man	0.1166
        intent:price:lex:kleiner	0.1162
        intent:price:lex:muss ich	0.1162
        intent:price:lex:achter	0.1134
        intent:price:lex:voor en	0.1134
        intent:price:lex:vraag	0.1134
        intent:price:lex:utrecht	0.1114
        intent:price:lex:e	0.1112
        intent:price:lex:for a	0.1103
        intent:price:lex:e de	0.1093
        intent:price:lex:inkl	0.1093
        intent:price:lex:muss	0.1092
        intent:price:lex:aula experimental	0.1081
        intent:price:lex:experimental	0.1081
        intent:price:lex:aula	0.1079
        intent:price:lex:prezzo	0.107
        intent:price:lex:in utrecht	0.1064
        intent:price:lex:man bei	0.1063
        intent:price:lex:man	0.1059
        intent:price:lex:for	0.1056
        intent:price:lex:euch ohne	0.1047
        intent:price:lex:ohne	0.1044
        intent:price:lex:trim	0.103
        intent:price:lex:fahrer	0.1024
        intent:price:lex:jahre	0.1024
        intent:price:lex:kfz	0.1024
        intent:price:lex:plano	0.1023
        intent:price:lex:noleggio	0.102
        intent:price:lex:konditionen	0.1018
        intent:price:lex:suchen ab	0.1018
        intent:price:lex:team und	0.1018
        intent:price:lex:und suchen	0.1015
        intent:price:lex:google	0.1012
        intent:price:lex:currently	0.1003
        intent:price:lex:users	0.1003
        intent:price:lex:platze	0.1001
        intent:price:lex:tem plano	0.0993
        intent:price:lex:bei euch	0.0988
        intent:price:lex:eu e	0.0982
        intent:price:lex:days	0.0976
        intent:price:lex:fixed	0.0976
        intent:price:lex:semi	0.0972
        intent:price:lex:comecar	0.097
        intent:price:lex:porfa	0.0961
        intent:price:lex:quanto	0.096
        intent:price:lex:run	0.0959
        intent:price:lex:suchen	0.0954
        intent:price:lex:these days	0.0951
        intent:price:lex:casal	0.095
        intent:price:lex:u	0.0946
        intent:price:lex:how much	0.0939
        intent:price:lex:much	0.0939
        intent:price:lex:a skin	0.0932
        intent:price:lex:fade	0.0932
        intent:price:lex:skin	0.0932
        intent:price:lex:skin fade	0.0932
        intent:price:lex:o menos	0.0926
        intent:price:lex:info	0.0924
        intent:price:lex:bitte um	0.0917
        intent:price:lex:gibts	0.0916
        intent:price:lex:whats	0.0908
        intent:price:lex:hola	0.0904
        intent:price:lex:eu	0.0901
        intent:price:lex:ab	0.0893
        intent:price:lex:euch	0.0888
        intent:price:lex:puppy	0.0884
        intent:price:lex:permanent	0.0881
        intent:price:lex:pls	0.0879
        intent:price:lex:the veg	0.0877
        intent:price:lex:veg box	0.0877
        intent:price:lex:still	0.0872
        intent:price:lex:mas o	0.0868
        intent:price:lex:that	0.0866
        intent:price:lex:team	0.0865
        intent:price:lex:cuanto	0.0864
        intent:price:lex:mensual	0.0864
        intent:price:lex:bei	0.0863
        intent:price:lex:for the	0.0857
        intent:price:lex:d	0.0855
        intent:price:lex:s	0.0854
        intent:price:lex:s the	0.0854
        intent:price:lex:veg	0.0852
        intent:price:lex:voor een	0.0842
        intent:price:lex:casa	0.0836
        intent:price:lex:pour un	0.0835
        intent:price:lex:hacer	0.0822
        intent:price:lex:dm	0.0814
        intent:price:lex:send	0.0814
        intent:price:lex:mas	0.0808
        intent:price:lex:menos	0.0807
        intent:price:lex:box	0.0802
        intent:price:lex:queremos	0.0799
        intent:price:lex:x	0.0793
        intent:price:lex:buongiorno	0.0785
        intent:price:lex:armario	0.0761
        intent:price:lex:zimmer	0.0752
        intent:price:lex:wir	0.0748
        intent:price:lex:en getafe	0.0747
        intent:price:lex:getafe	0.0747
        intent:price:lex:our	0.0741
        intent:price:lex:tarifa	0.0733
        intent:price:lex:what s	0.0729
        intent:price:lex:ein handwerksbetrieb	0.0706
        intent:price:lex:finestre in	0.0706
        intent:price:lex:handwerksbetrieb	0.0706
        intent:price:lex:handwerksbetrieb mit	0.0706
        intent:price:lex:in pvc	0.0706
        intent:price:lex:pvc	0.0706
        intent:price:lex:al mese	0.0705
        intent:price:lex:finestre	0.0704
        intent:price:lex:dentro	0.0703
        intent:price:lex:o e	0.0703
        intent:price:lex:iscrizione	0.0696
        intent:price:lex:tem	0.0695
        intent:price:lex:y	0.0695
        intent:price:lex:cuanto me	0.069
        intent:price:lex:streichen	0.0685
        intent:price:lex:precio	0.0676
        intent:price:lex:anni	0.0674
        intent:price:lex:thing	0.0672
        intent:price:lex:ballpark	0.0671
        intent:price:lex:lunedi	0.0671
        intent:price:lex:maggio	0.0668
        intent:price:lex:pa	0.0666
        intent:price:lex:parte	0.066
        intent:price:lex:bitte an	0.0656
        intent:price:lex:gia	0.0644
        intent:price:lex:que vem	0.0644
        intent:price:lex:tengo	0.0644
        intent:price:lex:bologna	0.0642
        intent:price:lex:vem	0.064
        intent:price:lex:de	0.0636
        intent:price:lex:la quota	0.0634
        intent:price:lex:quota	0.0634
        intent:price:lex:pour	0.0633
        intent:price:lex:ballpark for	0.0618
        intent:price:lex:e a	0.0616
        intent:price:lex:a treviso	0.0613
        intent:price:lex:b	0.0613
        intent:price:lex:treviso	0.0613
        intent:price:lex:student	0.0604
        intent:price:lex:kill	0.0596
        intent:price:lex:or did	0.0596
        intent:price:lex:student rate	0.0595
        intent:price:lex:did	0.0592
        intent:price:lex:qto	0.0587
        intent:price:lex:offerte graag	0.0585
        intent:price:lex:valencia	0.0585
        intent:price:lex:how	0.0574
        intent:price:lex:cambiare	0.0567
        intent:price:lex:sale	0.0567
        intent:price:lex:tarif pour	0.0565
        intent:price:lex:fineline	0.0561
        intent:price:lex:mes que	0.056
        intent:price:lex:um	0.0557
        intent:price:lex:ca	0.0552
        intent:price:lex:job on	0.0552
        intent:price:lex:rate	0.055
        intent:price:lex:graag	0.0549
        intent:price:lex:job	0.0548
        intent:price:lex:charge	0.0546
        intent:price:lex:und	0.0546
        intent:price:lex:you charge	0.0546
        intent:price:lex:en valencia	0.0544
        intent:price:lex:guests	0.0542
        intent:price:lex:gibt s	0.054
        intent:price:lex:kamer	0.054
        intent:price:lex:kamer appartement	0.054
        intent:price:lex:appartement	0.0539
        intent:price:lex:gibt	0.0539
        intent:price:lex:combien	0.0536
        intent:price:lex:day	0.0536
        intent:price:lex:tenemos	0.0536
        intent:price:lex:we re	0.0536
        intent:price:lex:tier	0.0534
        intent:price:lex:cuota mensual	0.0533
        intent:price:lex:eine	0.0533
        intent:price:lex:iphone	0.0532
        intent:price:lex:carnet	0.0531
        intent:price:lex:re	0.0531
        intent:price:lex:out	0.0529
        intent:price:lex:el b2	0.0526
        intent:price:lex:cake	0.0523
        intent:price:lex:kostet	0.0523
        intent:price:lex:precios	0.0523
        intent:price:lex:quotes	0.0518
        intent:price:lex:quotes for	0.0518
        intent:price:lex:que me	0.0516
        intent:price:lex:grano	0.0515
        intent:price:lex:mayor	0.0515
        intent:price:lex:medellin	0.0515
        intent:price:lex:por mayor	0.0515
        intent:price:lex:tengo una	0.0515
        intent:price:lex:quisiera	0.0514
        intent:price:lex:tardes	0.0511
        intent:price:lex:b2	0.051
        intent:price:lex:das	0.051
        intent:price:lex:what would	0.0506
        intent:price:lex:quoi le	0.0504
        intent:price:lex:in dm	0.0503
        intent:price:lex:trasloco	0.0503
        intent:price:lex:bilocale	0.0498
        intent:price:lex:much to	0.0498
        intent:price:lex:fixe	0.0496
        intent:price:lex:poste	0.0496
        intent:price:lex:un poste	0.0496
        intent:price:lex:rotterdam	0.0493
        intent:price:lex:amsterdam	0.0491
        intent:price:lex:est quoi	0.0491
        intent:price:lex:mes	0.0491
        intent:price:lex:wedding	0.048
        intent:price:lex:ich	0.0475
        intent:price:lex:a cracked	0.0472
        intent:price:lex:screen	0.0472
        intent:price:lex:to fix	0.0472
        intent:price:lex:cracked	0.0468
        intent:price:lex:para	0.0468
        intent:price:lex:a palm	0.0467
        intent:price:lex:palm sized	0.0467
        intent:price:lex:sized	0.0467
        intent:price:lex:sized fineline	0.0467
        intent:price:lex:fineline piece	0.0462
        intent:price:lex:palm	0.0461
        intent:price:lex:somos	0.0457
        intent:price:lex:piece	0.0456
        intent:price:lex:great job	0.0455
        intent:price:lex:great	0.0454
        intent:price:lex:de un	0.0451
        intent:price:lex:open	0.045
        intent:price:lex:quanto viene	0.045
        intent:price:lex:caixa de	0.0449
        intent:price:lex:un devis	0.0449
        intent:price:lex:dm ing	0.0445
        intent:price:lex:ing	0.0445
        intent:price:lex:a	0.0443
        intent:price:lex:caixa	0.0443
        intent:price:lex:extra	0.044
        intent:price:lex:the forearm	0.044
        intent:price:lex:sonst	0.0438
        intent:price:lex:une	0.0437
        intent:price:lex:prijs	0.0434
        intent:price:lex:viene	0.0433
        intent:price:lex:charge to	0.0432
        intent:price:lex:forearm	0.0432
        intent:price:lex:gleich zwei	0.0432
        intent:price:lex:ich gleich	0.0432
        intent:price:lex:re a	0.0432
        intent:price:lex:versand	0.0432
        intent:price:lex:versand nach	0.0432
        intent:price:lex:or	0.0431
        intent:price:lex:do the	0.043
        intent:price:lex:interior	0.043
        intent:price:lex:my wife	0.043
        intent:price:lex:same on	0.043
        intent:price:lex:the interior	0.043
        intent:price:lex:wife	0.043
        intent:price:lex:wife s	0.043
        intent:price:lex:roof	0.0429
        intent:price:lex:au	0.0428
        intent:price:lex:pricing	0.042
        intent:price:lex:to send	0.0418
        intent:price:lex:on my	0.0415
        intent:price:lex:embrague	0.041
        intent:price:lex:embrague de	0.041
        intent:price:lex:a small	0.0408
        intent:price:lex:gets	0.0408
        intent:price:lex:the same	0.0408
        intent:price:lex:would you	0.0408
        intent:price:lex:cheapest	0.0406
        intent:price:lex:cheapest plan	0.0406
        intent:price:lex:plan that	0.0406
        intent:price:lex:ref	0.0404
        intent:price:lex:devis pour	0.0403
        intent:price:lex:in negozio	-0.0402
        intent:price:lex:negozio a	-0.0402
        intent:price:lex:brugge	-0.0405
        intent:price:lex:gent naar	-0.0405
        intent:price:lex:ligar	-0.0405
        intent:price:lex:naar brugge	-0.0405
        intent:price:lex:van gent	-0.0405
        intent:price:lex:domani	-0.0407
        intent:price:lex:yours	-0.0409
        intent:price:lex:deciso	-0.0411
        intent:price:lex:am	-0.0412
        intent:price:lex:someone	-0.0412
        intent:price:lex:grad	-0.0414
        intent:price:lex:negozio	-0.0415
        intent:price:lex:wieder	-0.0416
        intent:price:lex:me para	-0.0421
        intent:price:lex:las negras	-0.0427
        intent:price:lex:negras	-0.0427
        intent:price:lex:tienen en	-0.0427
        intent:price:lex:a bergamo	-0.043
        intent:price:lex:deles	-0.0433
        intent:price:lex:mensalidade	-0.0433
        intent:price:lex:bluefit	-0.0434
        intent:price:lex:na bluefit	-0.0434
        intent:price:lex:onder	-0.0435
        intent:price:lex:onder de	-0.0435
        intent:price:lex:berichtje	-0.0439
        intent:price:lex:een berichtje	-0.0439
        intent:price:lex:me even	-0.0439
        intent:price:lex:cobrem	-0.044
        intent:price:lex:kann	-0.044
        intent:price:lex:up for	-0.044
        intent:price:lex:vcs cobrem	-0.044
        intent:price:lex:wil een	-0.0441
        intent:price:lex:even	-0.0442
        intent:price:lex:comment on	-0.0443
        intent:price:lex:in privato	-0.0443
        intent:price:lex:privato	-0.0443
        intent:price:lex:auch	-0.0449
        intent:price:lex:des	-0.0451
        intent:price:lex:paket	-0.0454
        intent:price:lex:mir	-0.0458
        intent:price:lex:para o	-0.0459
        intent:price:lex:ins	-0.046
        intent:price:lex:wie lauft	-0.0464
        intent:price:lex:ik wil	-0.0465
        intent:price:lex:wir wurden	-0.0468
        intent:price:lex:en cuanto	-0.0469
        intent:price:lex:ich nehm	-0.047
        intent:price:lex:fine	-0.0472
        intent:price:lex:orcamento de	-0.0474
        intent:price:lex:pode	-0.0474
        intent:price:lex:business	-0.0479
        intent:price:lex:ist	-0.0479
        intent:price:lex:stuur	-0.048
        intent:price:lex:af en	-0.0481
        intent:price:lex:gestegen	-0.0481
        intent:price:lex:prijzen	-0.0481
        intent:price:lex:prijzen zijn	-0.0481
        intent:price:lex:en we	-0.0482
        intent:price:lex:zijn met	-0.0483
        intent:price:lex:a dog	-0.0486
        intent:price:lex:link	-0.0488
        intent:price:lex:af	-0.0492
        intent:price:lex:three	-0.0492
        intent:price:lex:under	-0.0494
        intent:price:lex:lol	-0.0498
        intent:price:lex:huidige	-0.0501
        intent:price:lex:kids and	-0.0501
        intent:price:lex:juni	-0.0507
        intent:price:lex:these in	-0.0507
        intent:price:lex:wide	-0.0507
        intent:price:lex:and a	-0.0509
        intent:price:lex:niet	-0.0509
        intent:price:lex:con tim	-0.0512
        intent:price:lex:la portabilita	-0.0512
        intent:price:lex:portabilita	-0.0512
        intent:price:lex:tim	-0.0512
        intent:price:lex:loopt	-0.0513
        intent:price:lex:your	-0.0513
        intent:price:lex:dog	-0.0514
        intent:price:lex:im	-0.0514
        intent:price:lex:a quote	-0.0515
        intent:price:lex:ho chiuso	-0.0516
        intent:price:lex:que la	-0.052
        intent:price:lex:quede	-0.052
        intent:price:lex:zijn	-0.052
        intent:price:lex:impianto	-0.0521
        intent:price:lex:reservo	-0.0522
        intent:price:lex:wurden gern	-0.0522
        intent:price:lex:ella	-0.0526
        intent:price:lex:quanto ci	-0.0526
        intent:price:lex:uno	-0.0534
        intent:price:lex:kitchen	-0.0537
        intent:price:lex:tienen	-0.0537
        intent:price:lex:comment	-0.0544
        intent:price:lex:hab	-0.0544
        intent:price:lex:in a	-0.0545
        intent:price:lex:como	-0.0547
        intent:price:lex:sin	-0.0554
        intent:price:lex:month	-0.0556
        intent:price:lex:club	-0.0561
        intent:price:lex:costa	-0.0562
        intent:price:lex:wurden	-0.0565
        intent:price:lex:ultima	-0.0566
        intent:price:lex:m	-0.0567
        intent:price:lex:con la	-0.0571
        intent:price:lex:depuis	-0.0576
        intent:price:lex:fit	-0.0577
        intent:price:lex:si	-0.0585
        intent:price:lex:ci	-0.0586
        intent:price:lex:need a	-0.0589
        intent:price:lex:seguro	-0.0592
        intent:price:lex:mi	-0.0594
        intent:price:lex:dia	-0.0607
        intent:price:lex:ho	-0.0607
        intent:price:lex:ons	-0.0608
        intent:price:lex:auto	-0.0611
        intent:price:lex:vez	-0.0615
        intent:price:lex:a month	-0.0626
        intent:price:lex:nehm	-0.0627
        intent:price:lex:need	-0.0633
        intent:price:lex:quanto costa	-0.0634
        intent:price:lex:chiuso	-0.0637
        intent:price:lex:kids	-0.0638
        intent:price:lex:annuale	-0.064
        intent:price:lex:lauft	-0.0642
        intent:price:lex:vous	-0.0645
        intent:price:lex:el seguro	-0.0647
        intent:price:lex:otra en	-0.0647
        intent:price:lex:seguro del	-0.0647
        intent:price:lex:la otra	-0.065
        intent:price:lex:en marzo	-0.0653
        intent:price:lex:preco	-0.0653
        intent:price:lex:otra	-0.0663
        intent:price:lex:todo	-0.067
        intent:price:lex:with	-0.0672
        intent:price:lex:vcs	-0.0686
        intent:price:lex:mate	-0.0695
        intent:price:lex:come	-0.07
        intent:price:lex:pm	-0.07
        intent:price:lex:a kitchen	-0.071
        intent:price:lex:per un	-0.071
        intent:price:lex:wie	-0.0713
        intent:price:lex:contract	-0.0724
        intent:price:lex:les	-0.0728
        intent:price:lex:las	-0.0734
        intent:price:lex:trago	-0.075
        intent:price:lex:preciso	-0.0758
        intent:price:lex:dag	-0.0784
        intent:price:lex:zum	-0.0788
        intent:price:lex:ai	-0.0807
        intent:price:lex:ihr	-0.0822
        intent:price:lex:can	-0.0828
        intent:price:lex:offerte	-0.0829
        intent:price:lex:any	-0.0831
        intent:price:lex:con	-0.0844
        intent:price:lex:gern	-0.0883
        intent:price:lex:aviso	-0.0891
        intent:price:lex:sem aviso	-0.0891
        intent:price:lex:e preciso	-0.0892
        intent:price:lex:fine mese	-0.0892
        intent:price:lex:o que	-0.0895
        intent:price:lex:die	-0.0907
        intent:price:lex:den	-0.0908
        intent:price:lex:voces	-0.0918
        intent:price:lex:sem	-0.0924
        intent:price:lex:passou	-0.0933
        intent:price:lex:and	-0.0941
        intent:price:lex:il	-0.0942
        intent:price:lex:is	-0.0949
        intent:price:lex:o meu	-0.0956
        intent:price:lex:del	-0.098
        intent:price:lex:passar	-0.0997
        intent:price:lex:voor het	-0.1012
        intent:price:lex:a fine	-0.102
        intent:price:lex:voor	-0.102
        intent:price:lex:ik	-0.1027
        intent:price:lex:da	-0.1028
        intent:price:lex:in	-0.1036
        intent:price:lex:que e	-0.1039
        intent:price:lex:que	-0.1064
        intent:price:lex:no	-0.1071
        intent:price:lex:vence	-0.1087
        intent:price:lex:meu	-0.1095
        intent:price:lex:abbonamento	-0.1153
        intent:price:lex:l abbonamento	-0.1153
        intent:price:lex:panelen	-0.1173
        intent:price:lex:der	-0.1179
        intent:price:lex:l	-0.1182
        intent:price:lex:mcfit	-0.1195
        intent:price:lex:pakket	-0.1213
        intent:price:lex:we gaan	-0.122
        intent:price:lex:me	-0.1221
        intent:price:lex:gaan	-0.1223
        intent:price:lex:het	-0.126
        intent:price:lex:quero	-0.1277
        intent:price:lex:net	-0.1305
        intent:price:lex:com	-0.136
        intent:price:lex:na	-0.1479
        intent:price:lex:we	-0.1561
        intent:price:lex:da voi	-0.1659
        intent:price:lex:voi	-0.1707
        intent:price:lex:met	-0.1803
        intent:price:lex:la	-0.2394
        intent:purchase:purchase-ask	2.534
        intent:purchase:sign-up	2.3902
        intent:purchase:purchase-topic	1.7369
        intent:purchase:tag-plan	1.7128
        intent:purchase:follower-spam	1.7099
        intent:purchase:friend-tag	1.5817
        intent:purchase:team-vocabulary	1.3
        intent:purchase:team-vocabulary-question	1.3
        intent:purchase:callback-promise	0.9586
        intent:purchase:deal-ask	0.951
        intent:purchase:(bias)	0.7906
        intent:purchase:stated-not-asked	0.7822
        intent:purchase:imperative-request	0.7773
        intent:purchase:booking-request	0.746
        intent:purchase:need-plan	0.6728
        intent:purchase:future-visit	0.3577
        intent:purchase:addressed-question	0.3214
        intent:purchase:switching	0.1841
        intent:purchase:stated-in-past	0.1782
        intent:purchase:timing	0.1621
        intent:purchase:review-3-stars	0.158
        intent:purchase:long-text	0.108
        intent:purchase:complaint-with-request	0.103
        intent:purchase:how-much	0.0816
        intent:purchase:sarcasm	0.0749
        intent:purchase:past	0.074
        intent:purchase:giveaway	0.029
        intent:purchase:booking-noun	0.0201
        intent:purchase:withdrawn	-0.0001
        intent:purchase:non-customer	-0.0056
        intent:purchase:request	-0.0071
        intent:purchase:availability-question	-0.0164
        intent:purchase:conditional-offer	-0.0225
        intent:purchase:return-booked	-0.0296
        intent:purchase:rejection	-0.0325
        intent:purchase:availability-ask	-0.0387
        intent:purchase:question	-0.0519
        intent:purchase:abuse	-0.0542
        intent:purchase:seller-intro	-0.0552
        intent:purchase:question-opener	-0.0711
        intent:purchase:price-word	-0.095
        intent:purchase:multi-tag	-0.1143
        intent:purchase:review-4-5-stars	-0.1169
        intent:purchase:resolved	-0.1974
        intent:purchase:job-seeker	-0.2023
        intent:purchase:party-size	-0.225
        intent:purchase:off-topic	-0.2429
        intent:purchase:reply	-0.2486
        intent:purchase:price-shape	-0.2794
        intent:purchase:praise	-0.3161
        intent:purchase:refusal	-0.3195
        intent:purchase:curiosity	-0.3507
        intent:purchase:negated-cue	-0.3679
        intent:purchase:rhetorical	-0.3939
        intent:purchase:current-provider	-0.458
        intent:purchase:seeking-replacement	-0.4839
        intent:purchase:vendor-pitch	-0.5102
        intent:purchase:complaint	-0.5136
        intent:purchase:contact-sent	-0.5343
        intent:purchase:mention	-0.5799
        intent:purchase:laughter	-0.6445
        intent:purchase:booking-ask	-0.8094
        intent:purchase:review-1-2-stars	-0.9005
        intent:purchase:price-ask	-0.9563
        intent:purchase:recovery	-1.3101
        intent:purchase:contact-ask	-1.3899
        intent:purchase:lex:como	0.4396
        intent:purchase:lex:of the	0.3649
        intent:purchase:lex:ich	0.3533
        intent:purchase:lex:ik	0.3034
        intent:purchase:lex:for	0.2869
        intent:purchase:lex:link	0.281
        intent:purchase:lex:of	0.2697
        intent:purchase:lex:i	0.2669
        intent:purchase:lex:gern	0.2373
        intent:purchase:lex:nehm	0.2352
        intent:purchase:lex:plan	0.225
        intent:purchase:lex:come	0.2217
        intent:purchase:lex:si	0.2183
        intent:purchase:lex:sito	0.2052
        intent:purchase:lex:bestellen	0.2016
        intent:purchase:lex:van	0.1971
        intent:purchase:lex:ich nehm	0.1968
        intent:purchase:lex:vou	0.1946
        intent:purchase:lex:da	0.1922
        intent:purchase:lex:kunnen jullie	0.1849
        intent:purchase:lex:jullie een	0.1837
        intent:purchase:lex:second	0.1769
        intent:purchase:lex:pago	0.1726
        intent:purchase:lex:de	0.1715
        intent:purchase:lex:come si	0.169
        intent:purchase:lex:zum	0.1689
        intent:purchase:lex:voor	0.1631
        intent:purchase:lex:how do	0.163
        intent:purchase:lex:comment	0.162
        intent:purchase:lex:samstag	0.1616
        intent:purchase:lex:restock	0.1607
        intent:purchase:lex:kunnen	0.1602
        intent:purchase:lex:got a	0.1581
        intent:purchase:lex:wo	0.158
        intent:purchase:lex:the	0.1579
        intent:purchase:lex:zwei	0.1561
        intent:purchase:lex:gaan	0.1533
        intent:purchase:lex:quero	0.1525
        intent:purchase:lex:jullie	0.1515
        intent:purchase:lex:collection	0.1501
        intent:purchase:lex:moi	0.1491
        intent:purchase:lex:iscrivo	0.1489
        intent:purchase:lex:mi iscrivo	0.1489
        intent:purchase:lex:es	0.1488
        intent:purchase:lex:kids	0.1464
        intent:purchase:lex:need	0.1462
        intent:purchase:lex:las	0.1453
        intent:purchase:lex:ultima	0.1417
        intent:purchase:lex:hoodie	0.1406
        intent:purchase:lex:the grey	0.1406
        intent:purchase:lex:grey	0.1405
        intent:purchase:lex:nach osterreich	0.139
        intent:purchase:lex:osterreich	0.139
        intent:purchase:lex:comment on	0.1381
        intent:purchase:lex:uns	0.1377
        intent:purchase:lex:one	0.1369
        intent:purchase:lex:how	0.1367
        intent:purchase:lex:turkeys	0.1358
        intent:purchase:lex:je passe	0.1352
        intent:purchase:lex:curso	0.135
        intent:purchase:lex:uma	0.1341
        intent:purchase:lex:passe	0.1329
        intent:purchase:lex:el plan	0.1319
        intent:purchase:lex:do	0.1291
        intent:purchase:lex:paso	0.1286
        intent:purchase:lex:passe le	0.1278
        intent:purchase:lex:can	0.1249
        intent:purchase:lex:a second	0.1244
        intent:purchase:lex:si fa	0.1243
        intent:purchase:lex:stage	0.1235
        intent:purchase:lex:we gaan	0.1235
        intent:purchase:lex:pakket	0.1234
        intent:purchase:lex:panelen	0.1227
        intent:purchase:lex:bestell ich	0.1226
        intent:purchase:lex:pagamento	0.1222
        intent:purchase:lex:saying	0.1202
        intent:purchase:lex:a dog	0.1196
        intent:purchase:lex:il codice	0.1194
        intent:purchase:lex:codice	0.1193
        intent:purchase:lex:set	0.1193
        intent:purchase:lex:amanha	0.119
        intent:purchase:lex:giga	0.119
        intent:purchase:lex:migrazione	0.1188
        intent:purchase:lex:ok	0.1188
        intent:purchase:lex:three	0.1188
        intent:purchase:lex:lol	0.1185
        intent:purchase:lex:got	0.1184
        intent:purchase:lex:voor het	0.1172
        intent:purchase:lex:subscription	0.1165
        intent:purchase:lex:kit	0.1161
        intent:purchase:lex:for two	0.1159
        intent:purchase:lex:la	0.1159
        intent:purchase:lex:two of	0.1157
        intent:purchase:lex:dal	0.1146
        intent:purchase:lex:under	0.1141
        intent:purchase:lex:dann bestell	0.1133
        intent:purchase:lex:jullie ook	0.1132
        intent:purchase:lex:for your	0.1131
        intent:purchase:lex:your bday	0.1127
        intent:purchase:lex:arguments	0.1123
        intent:purchase:lex:no arguments	0.1123
        intent:purchase:lex:bday	0.1115
        intent:purchase:lex:como faco	0.1112
        intent:purchase:lex:faco	0.1112
        intent:purchase:lex:kids and	0.1111
        intent:purchase:lex:range	0.111
        intent:purchase:lex:sur	0.1109
        intent:purchase:lex:two	0.11
        intent:purchase:lex:anche	0.1098
        intent:purchase:lex:solo	0.1096
        intent:purchase:lex:offerte	0.1089
        intent:purchase:lex:free	0.1088
        intent:purchase:lex:prend	0.1083
        intent:purchase:lex:bestell	0.1082
        intent:purchase:lex:dog	0.1082
        intent:purchase:lex:pelo	0.1081
        intent:purchase:lex:do i	0.1078
        intent:purchase:lex:een mail	0.1075
        intent:purchase:lex:mail gestuurd	0.1075
        intent:purchase:lex:top	0.1065
        intent:purchase:lex:and a	0.1064
        intent:purchase:lex:do you	0.1061
        intent:purchase:lex:ik neem	0.1059
        intent:purchase:lex:neem	0.1059
        intent:purchase:lex:when	0.1059
        intent:purchase:lex:je paie	0.1053
        intent:purchase:lex:paie	0.1045
        intent:purchase:lex:can i	0.1042
        intent:purchase:lex:in sede	0.1038
        intent:purchase:lex:le	0.1035
        intent:purchase:lex:sede	0.1034
        intent:purchase:lex:keep	0.1028
        intent:purchase:lex:sabato	0.1027
        intent:purchase:lex:inscrivez moi	0.1023
        intent:purchase:lex:moi au	0.1018
        intent:purchase:lex:deciso	0.1015
        intent:purchase:lex:no hay	0.1013
        intent:purchase:lex:hago	0.101
        intent:purchase:lex:di	0.1006
        intent:purchase:lex:ich das	0.1003
        intent:purchase:lex:i need	0.0999
        intent:purchase:lex:heb jullie	0.0996
        intent:purchase:lex:fa	0.0995
        intent:purchase:lex:online	0.0991
        intent:purchase:lex:reserve	0.0991
        intent:purchase:lex:taart	0.099
        intent:purchase:lex:m en	0.0985
        intent:purchase:lex:camp	0.0978
        intent:purchase:lex:the summer	0.0977
        intent:purchase:lex:inscrivez	0.0976
        intent:purchase:lex:net	0.0974
        intent:purchase:lex:como hago	0.0973
        intent:purchase:lex:euro	0.0971
        intent:purchase:lex:buy	0.0968
        intent:purchase:lex:please	0.0965
        intent:purchase:lex:lien	0.0961
        intent:purchase:lex:up for	0.096
        intent:purchase:lex:as	0.0951
        intent:purchase:lex:da parte	0.0951
        intent:purchase:lex:is	0.095
        intent:purchase:lex:iscrivo al	0.095
        intent:purchase:lex:commande	0.0942
        intent:purchase:lex:pagare	0.0941
        intent:purchase:lex:spedite	0.0941
        intent:purchase:lex:other	0.0939
        intent:purchase:lex:plateau	0.0939
        intent:purchase:lex:meld mich	0.0935
        intent:purchase:lex:voor zaterdag	0.0935
        intent:purchase:lex:kann	0.0934
        intent:purchase:lex:gift	0.0933
        intent:purchase:lex:regalo	0.0932
        intent:purchase:lex:workshop	0.0929
        intent:purchase:lex:prendiamo	0.0928
        intent:purchase:lex:does	0.0916
        intent:purchase:lex:unicorn	0.0914
        intent:purchase:lex:that	0.0913
        intent:purchase:lex:esta	0.0912
        intent:purchase:lex:un plateau	0.0909
        intent:purchase:lex:ort	0.0906
        intent:purchase:lex:vor ort	0.0906
        intent:purchase:lex:tonight	0.0902
        intent:purchase:lex:i sign	0.0895
        intent:purchase:lex:business	0.0894
        intent:purchase:lex:order	0.0893
        intent:purchase:lex:ci	0.0889
        intent:purchase:lex:esse	0.0889
        intent:purchase:lex:visit	0.0889
        intent:purchase:lex:ci si	0.0888
        intent:purchase:lex:come ci	0.0888
        intent:purchase:lex:christmas	0.0887
        intent:purchase:lex:stasera	0.0887
        intent:purchase:lex:cuanto	0.0884
        intent:purchase:lex:os	0.0883
        intent:purchase:lex:add	0.0879
        intent:purchase:lex:am samstag	0.0878
        intent:purchase:lex:foto	0.0878
        intent:purchase:lex:service	0.0876
        intent:purchase:lex:que la	0.0875
        intent:purchase:lex:quede	0.0875
        intent:purchase:lex:september	0.0874
        intent:purchase:lex:voglio	0.0873
        intent:purchase:lex:my	0.0872
        intent:purchase:lex:reservo	0.087
        intent:purchase:lex:gestuurd	0.0869
        intent:purchase:lex:devo	0.0868
        intent:purchase:lex:en cuanto	0.0867
        intent:purchase:lex:por	0.0867
        intent:purchase:lex:para las	0.0865
        intent:purchase:lex:ya esta	0.0865
        intent:purchase:lex:a la	0.0864
        intent:purchase:lex:just	0.0864
        intent:purchase:lex:pillo	0.0861
        intent:purchase:lex:ella	0.086
        intent:purchase:lex:il sito	0.0858
        intent:purchase:lex:too	0.0856
        intent:purchase:lex:gleich	0.0854
        intent:purchase:lex:bora	0.0851
        intent:purchase:lex:envios	0.0846
        intent:purchase:lex:hacen	0.0846
        intent:purchase:lex:hacen envios	0.0846
        intent:purchase:lex:mio	0.0846
        intent:purchase:lex:prendo	0.0842
        intent:purchase:lex:nachste	0.0841
        intent:purchase:lex:hoe	0.0839
        intent:purchase:lex:pilates	0.0839
        intent:purchase:lex:gleich zwei	0.0835
        intent:purchase:lex:ich gleich	0.0835
        intent:purchase:lex:versand	0.0835
        intent:purchase:lex:versand nach	0.0835
        intent:purchase:lex:busco	0.0829
        intent:purchase:lex:busco amanha	0.0829
        intent:purchase:lex:one tonight	0.0829
        intent:purchase:lex:separa	0.0829
        intent:purchase:lex:hay	0.0828
        intent:purchase:lex:zodra de	0.0821
        intent:purchase:lex:fur den	0.0819
        intent:purchase:lex:juillet	0.0819
        intent:purchase:lex:wurden	0.0818
        intent:purchase:lex:me ne	0.0813
        intent:purchase:lex:month	0.0813
        intent:purchase:lex:meld	0.081
        intent:purchase:lex:au	0.0808
        intent:purchase:lex:compra	0.0808
        intent:purchase:lex:oude	0.0805
        intent:purchase:lex:hint	0.0804
        intent:purchase:lex:to order	0.0801
        intent:purchase:lex:need it	0.08
        intent:purchase:lex:zodra	0.0798
        intent:purchase:lex:livrez	0.0797
        intent:purchase:lex:vous livrez	0.0797
        intent:purchase:lex:intensivo	0.0795
        intent:purchase:lex:del faro	0.0793
        intent:purchase:lex:tres	0.0793
        intent:purchase:lex:faro	0.079
        intent:purchase:lex:aula	0.0786
        intent:purchase:lex:plateau raclette	0.0784
        intent:purchase:lex:raclette	0.0784
        intent:purchase:lex:raclette pour	0.0784
        intent:purchase:lex:haal	0.0782
        intent:purchase:lex:haal ik	0.0782
        intent:purchase:lex:want	0.0782
        intent:purchase:lex:aside	0.0781
        intent:purchase:lex:next september	0.078
        intent:purchase:lex:m	0.0779
        intent:purchase:lex:ook	0.0779
        intent:purchase:lex:per dag	0.0776
        intent:purchase:lex:km	0.0773
        intent:purchase:lex:nach	0.0772
        intent:purchase:lex:commander	0.0764
        intent:purchase:lex:son	0.076
        intent:purchase:lex:summer	0.0758
        intent:purchase:lex:it next	0.0756
        intent:purchase:lex:dag	0.0749
        intent:purchase:lex:passo	0.0747
        intent:purchase:lex:pers	0.0747
        intent:purchase:lex:book	0.0746
        intent:purchase:lex:cet	0.0746
        intent:purchase:lex:kann man	0.0746
        intent:purchase:lex:good service	0.0743
        intent:purchase:lex:due	0.0742
        intent:purchase:lex:mich	0.0742
        intent:purchase:lex:hem	0.0738
        intent:purchase:lex:for that	0.0737
        intent:purchase:lex:fa a	0.0735
        intent:purchase:lex:o plano	0.0734
        intent:purchase:lex:vor	0.0734
        intent:purchase:lex:al	0.0731
        intent:purchase:lex:sign	0.073
        intent:purchase:lex:domani	0.0729
        intent:purchase:lex:hol	0.0728
        intent:purchase:lex:apartame	0.0727
        intent:purchase:lex:alta	0.0725
        intent:purchase:lex:empezar	0.0725
        intent:purchase:lex:empezar el	0.0725
        intent:purchase:lex:la empresa	0.0724
        intent:purchase:lex:pyme	0.0723
        intent:purchase:lex:geburtstag	0.072
        intent:purchase:lex:mim	0.072
        intent:purchase:lex:pra mim	0.072
        intent:purchase:lex:abonne	0.0716
        intent:purchase:lex:je voudrais	0.0715
        intent:purchase:lex:la moto	0.0715
        intent:purchase:lex:quella	0.0715
        intent:purchase:lex:voudrais	0.0715
        intent:purchase:lex:errore	0.0713
        intent:purchase:lex:auch in	0.0712
        intent:purchase:lex:grandi	0.0708
        intent:purchase:lex:on s	0.0708
        intent:purchase:lex:con voi	0.0707
        intent:purchase:lex:nuova	0.0707
        intent:purchase:lex:on commande	0.0706
        intent:purchase:lex:moto	0.0704
        intent:purchase:lex:your	0.0699
        intent:purchase:lex:wurd	0.0697
        intent:purchase:lex:olive	0.0696
        intent:purchase:lex:auch	0.0691
        intent:purchase:lex:gas	0.0691
        intent:purchase:lex:arriva	0.069
        intent:purchase:lex:envios a	0.069
        intent:purchase:lex:kilo	0.069
        intent:purchase:lex:ausverkauft	0.0687
        intent:purchase:lex:basel	0.0687
        intent:purchase:lex:in basel	0.0687
        intent:purchase:lex:ist es	0.0687
        intent:purchase:lex:krieg	0.0687
        intent:purchase:lex:order the	0.0687
        intent:purchase:lex:je	0.0682
        intent:purchase:lex:maken voor	0.0682
        intent:purchase:lex:duas	0.0677
        intent:purchase:lex:laurea	0.0676
        intent:purchase:lex:laurea di	0.0676
        intent:purchase:lex:buying	0.0674
        intent:purchase:lex:buying the	0.0674
        intent:purchase:lex:der schweiz	0.0674
        intent:purchase:lex:live	0.0674
        intent:purchase:lex:schweiz	0.0674
        intent:purchase:lex:grauburgunder	0.0672
        intent:purchase:lex:hoje	0.067
        intent:purchase:lex:chercher	0.0669
        intent:purchase:lex:le chercher	0.0669
        intent:purchase:lex:per la	0.0664
        intent:purchase:lex:chitarra	0.066
        intent:purchase:lex:figlio ha	0.066
        intent:purchase:lex:team plan	0.0659
        intent:purchase:lex:favor	0.0658
        intent:purchase:lex:hint hint	0.0656
        intent:purchase:lex:zaterdag	0.0654
        intent:purchase:lex:paypal	0.0652
        intent:purchase:lex:prendre	0.0652
        intent:purchase:lex:vrijdag	0.0652
        intent:purchase:lex:im mai	0.0651
        intent:purchase:lex:we get	0.0651
        intent:purchase:lex:cover	0.065
        intent:purchase:lex:reservieren	0.0646
        intent:purchase:lex:gern eine	0.0644
        intent:purchase:lex:reserver un	0.0644
        intent:purchase:lex:mio figlio	0.0643
        intent:purchase:lex:own	0.0643
        intent:purchase:lex:figlio	0.0642
        intent:purchase:lex:for christmas	0.0639
        intent:purchase:lex:in town	0.0639
        intent:purchase:lex:town	0.0639
        intent:purchase:lex:payday	0.0638
        intent:purchase:lex:get the	0.0637
        intent:purchase:lex:pro	0.0637
        intent:purchase:lex:the team	0.0632
        intent:purchase:lex:schrijf	0.063
        intent:purchase:lex:al corso	0.0629
        intent:purchase:lex:hebben	0.0629
        intent:purchase:lex:an	0.0628
        intent:purchase:lex:met	0.0627
        intent:purchase:lex:y queremos	0.0626
        intent:purchase:lex:intensivo de	0.0624
        intent:purchase:lex:they do	0.0624
        intent:purchase:lex:wurden gern	0.0624
        intent:purchase:lex:places	0.062
        intent:purchase:lex:wurd gern	0.062
        intent:purchase:lex:kg	0.0618
        intent:purchase:lex:wie	0.0617
        intent:purchase:lex:wie lauft	0.0617
        intent:purchase:lex:com vcs	0.0616
        intent:purchase:lex:e ficou	0.0616
        intent:purchase:lex:fez	0.0616
        intent:purchase:lex:fez a	0.0616
        intent:purchase:lex:ficou top	0.0616
        intent:purchase:lex:hiermit	0.0616
        intent:purchase:lex:igualzinha	0.0616
        intent:purchase:lex:meu vizinho	0.0616
        intent:purchase:lex:quero uma	0.0616
        intent:purchase:lex:vizinho	0.0616
        intent:purchase:lex:guarda	0.0615
        intent:purchase:lex:hatt	0.0614
        intent:purchase:lex:hatt gern	0.0614
        intent:purchase:lex:i buy	0.0614
        intent:purchase:lex:if they	0.0613
        intent:purchase:lex:cajas	0.0612
        intent:purchase:lex:de milho	0.0611
        intent:purchase:lex:milho	0.0611
        intent:purchase:lex:pour samedi	0.0611
        intent:purchase:lex:transferencia	0.0611
        intent:purchase:lex:de cote	0.0608
        intent:purchase:lex:website	0.0608
        intent:purchase:lex:ich die	0.0607
        intent:purchase:lex:die groene	0.0606
        intent:purchase:lex:groene	0.0606
        intent:purchase:lex:in der	0.0606
        intent:purchase:lex:oak	0.0606
        intent:purchase:lex:the oak	0.0606
        intent:purchase:lex:online bestellen	0.0605
        intent:purchase:lex:cote	0.0604
        intent:purchase:lex:al curso	0.0603
        intent:purchase:lex:gente	0.0603
        intent:purchase:lex:curso intensivo	0.0602
        intent:purchase:lex:hago para	0.0602
        intent:purchase:lex:kann ich	0.0602
        intent:purchase:lex:tarif	0.0598
        intent:purchase:lex:we	0.0598
        intent:purchase:lex:plan de	0.0597
        intent:purchase:lex:portar	0.0597
        intent:purchase:lex:sabado de	0.0597
        intent:purchase:lex:tienda	0.0597
        intent:purchase:lex:a cozinha	0.0595
        intent:purchase:lex:el numero	0.0595
        intent:purchase:lex:hol sie	0.0593
        intent:purchase:lex:existing	0.0591
        intent:purchase:lex:in jan	0.0591
        intent:purchase:lex:our existing	0.0591
        intent:purchase:lex:pass	0.0591
        intent:purchase:lex:precommande	0.0589
        intent:purchase:lex:cozinha	0.0587
        intent:purchase:lex:huber	0.0587
        intent:purchase:lex:de nata	0.0585
        intent:purchase:lex:nata	0.0585
        intent:purchase:lex:one of	0.0585
        intent:purchase:lex:pasteis	0.0585
        intent:purchase:lex:pasteis de	0.0585
        intent:purchase:lex:de las	0.0583
        intent:purchase:lex:pay	0.0583
        intent:purchase:lex:aniversario	0.0582
        intent:purchase:lex:cadeaubonnen	0.0582
        intent:purchase:lex:nu	0.0582
        intent:purchase:lex:quiero pedir	0.0581
        intent:purchase:lex:mai	0.0579
        intent:purchase:lex:compro	0.0578
        intent:purchase:lex:ve	0.0578
        intent:purchase:lex:schoonmoeder	0.0576
        intent:purchase:lex:it	0.0575
        intent:purchase:lex:dann	0.0574
        intent:purchase:lex:personas	0.0574
        intent:purchase:lex:numero	0.0569
        intent:purchase:lex:pelo site	0.0569
        intent:purchase:lex:set up	0.0569
        intent:purchase:lex:plano	0.0568
        intent:purchase:lex:your website	0.0567
        intent:purchase:lex:mij	0.0565
        intent:purchase:lex:plano de	0.0565
        intent:purchase:lex:mega	0.0564
        intent:purchase:lex:pro meu	0.0564
        intent:purchase:lex:seats	0.0564
        intent:purchase:lex:a bergamo	0.0563
        intent:purchase:lex:bergamo	0.0562
        intent:purchase:lex:hebben jullie	0.0561
        intent:purchase:lex:site	0.0561
        intent:purchase:lex:faco a	0.0556
        intent:purchase:lex:in negozio	0.0556
        intent:purchase:lex:negozio a	0.0556
        intent:purchase:lex:nehm den	0.0556
        intent:purchase:lex:unterlagen	0.0556
        intent:purchase:lex:bolo	0.0555
        intent:purchase:lex:do we	0.0555
        intent:purchase:lex:o bolo	0.0555
        intent:purchase:lex:buoni	0.0554
        intent:purchase:lex:entschieden	0.0553
        intent:purchase:lex:herrn	0.0553
        intent:purchase:lex:on your	0.0553
        intent:purchase:lex:suocera	0.0553
        intent:purchase:lex:mijn vader	0.0552
        intent:purchase:lex:ritiro	0.0552
        intent:purchase:lex:vader	0.0552
        intent:purchase:lex:guy	0.0551
        intent:purchase:lex:year old	0.055
        intent:purchase:lex:hab ich	0.0549
        intent:purchase:lex:kwp	0.0549
        intent:purchase:lex:mamma	0.0549
        intent:purchase:lex:mit speicher	0.0549
        intent:purchase:lex:speicher	0.0549
        intent:purchase:lex:la plata	0.0547
        intent:purchase:lex:plata	0.0547
        intent:purchase:lex:ya tengo	0.0547
        intent:purchase:lex:year	0.0544
        intent:purchase:lex:levantar	0.0542
        intent:purchase:lex:oculos	0.0542
        intent:purchase:lex:pagar	0.0542
        intent:purchase:lex:loja	0.0541
        intent:purchase:lex:jan	0.054
        intent:purchase:lex:onder	0.054
        intent:purchase:lex:onder de	0.054
        intent:purchase:lex:curso de	0.0539
        intent:purchase:lex:no curso	0.0539
        intent:purchase:lex:voor mijn	0.0539
        intent:purchase:lex:size	0.0538
        intent:purchase:lex:eco	0.0536
        intent:purchase:lex:stuff	0.0536
        intent:purchase:lex:buy the	0.0534
        intent:purchase:lex:my mum	0.0534
        intent:purchase:lex:ne	0.0534
        intent:purchase:lex:old	0.0534
        intent:purchase:lex:will need	0.0534
        intent:purchase:lex:e esse	0.0533
        intent:purchase:lex:esse o	0.0533
        intent:purchase:lex:paket	0.0533
        intent:purchase:lex:i ll	0.0532
        intent:purchase:lex:ci sono	0.0531
        intent:purchase:lex:e vorrebbe	0.0531
        intent:purchase:lex:je m	0.0531
        intent:purchase:lex:vorrebbe	0.0531
        intent:purchase:lex:vou fazer	0.053
        intent:purchase:lex:ins	0.0529
        intent:purchase:lex:like	0.0528
        intent:purchase:lex:ll	0.0528
        intent:purchase:lex:posti	0.0528
        intent:purchase:lex:parte	0.0526
        intent:purchase:lex:kisten	0.0525
        intent:purchase:lex:en un	0.0524
        intent:purchase:lex:lauft	0.0524
        intent:purchase:lex:un de	0.0524
        intent:purchase:lex:wir wurden	0.0524
        intent:purchase:lex:ce soir	0.0522
        intent:purchase:lex:pour l	0.0522
        intent:purchase:lex:apunto	0.0519
        intent:purchase:lex:apunto al	0.0519
        intent:purchase:lex:ve got	0.0517
        intent:purchase:lex:name	0.0516
        intent:purchase:lex:putting	0.0516
        intent:purchase:lex:stollen	0.0516
        intent:purchase:lex:love	0.0514
        intent:purchase:lex:grandes	0.0513
        intent:purchase:lex:ist	0.0512
        intent:purchase:lex:want it	0.051
        intent:purchase:lex:de agosto	0.0508
        intent:purchase:lex:way	0.0507
        intent:purchase:lex:da pra	0.0506
        intent:purchase:lex:de reyes	0.0506
        intent:purchase:lex:en prend	0.0506
        intent:purchase:lex:on prend	0.0506
        intent:purchase:lex:por la	0.0506
        intent:purchase:lex:prend une	0.0506
        intent:purchase:lex:reyes	0.0506
        intent:purchase:lex:whenever	0.0506
        intent:purchase:lex:coming	0.0504
        intent:purchase:lex:prend le	0.0504
        intent:purchase:lex:sol	0.0504
        intent:purchase:lex:kartons	0.0503
        intent:purchase:lex:samedi	0.0503
        intent:purchase:lex:bring	0.0502
        intent:purchase:lex:moeder en	0.0502
        intent:purchase:lex:betalen	0.0501
        intent:purchase:lex:cafe in	0.05
        intent:purchase:lex:inglese	0.05
        intent:purchase:lex:lawn	0.05
        intent:purchase:lex:nachste woche	0.05
        intent:purchase:lex:negozio	0.0499
        intent:purchase:lex:pick up	0.0499
        intent:purchase:lex:rack	0.0499
        intent:purchase:lex:holen wir	0.0498
        intent:purchase:lex:to our	0.0498
        intent:purchase:lex:twee	0.0498
        intent:purchase:lex:return	0.0497
        intent:purchase:lex:como compro	0.0496
        intent:purchase:lex:lamb	0.0496
        intent:purchase:lex:voucher	0.0496
        intent:purchase:lex:you guys	0.0495
        intent:purchase:lex:verjaardag	0.0494
        intent:purchase:lex:die	0.0492
        intent:purchase:lex:wo kann	0.0492
        intent:purchase:lex:post	0.0491
        intent:purchase:lex:uno	0.049
        intent:purchase:lex:geschickt	0.0488
        intent:purchase:lex:zahlen	0.0488
        intent:purchase:lex:immer	0.0485
        intent:purchase:lex:take	0.0485
        intent:purchase:lex:down for	0.0484
        intent:purchase:lex:fazer	0.0484
        intent:purchase:lex:wir uns	0.0484
        intent:purchase:lex:das auch	0.0482
        intent:purchase:lex:s das	0.0482
        intent:purchase:lex:grosse	0.048
        intent:purchase:lex:pour le	0.048
        intent:purchase:lex:a inscricao	0.0479
        intent:purchase:lex:mochte	0.0479
        intent:purchase:lex:find	0.0478
        intent:purchase:lex:per pasqua	0.0478
        intent:purchase:lex:a ottobre	0.0476
        intent:purchase:lex:bar	0.0476
        intent:purchase:lex:code	0.0476
        intent:purchase:lex:holen	0.0474
        intent:purchase:lex:ihr auch	0.0473
        intent:purchase:lex:faco o	0.0472
        intent:purchase:lex:a gente	0.047
        intent:purchase:lex:filho	0.0467
        intent:purchase:lex:meu filho	0.0467
        intent:purchase:lex:cadeaubon	0.0464
        intent:purchase:lex:cadeaubon voor	0.0464
        intent:purchase:lex:pick	0.0463
        intent:purchase:lex:good	0.0462
        intent:purchase:lex:small	0.0462
        intent:purchase:lex:cet ete	0.0461
        intent:purchase:lex:occupe	0.0461
        intent:purchase:lex:ete	0.0457
        intent:purchase:lex:rosario	0.0457
        intent:purchase:lex:da foto	0.0455
        intent:purchase:lex:down	0.0455
        intent:purchase:lex:i ve	0.0455
        intent:purchase:lex:party	0.0455
        intent:purchase:lex:cupcakes	0.0454
        intent:purchase:lex:compramos	0.0453
        intent:purchase:lex:con el	0.0453
        intent:purchase:lex:ordinazione	0.0453
        intent:purchase:lex:su ordinazione	0.0453
        intent:purchase:lex:bolo do	0.0452
        intent:purchase:lex:le lien	0.0451
        intent:purchase:lex:lien marche	0.0451
        intent:purchase:lex:marche	0.0451
        intent:purchase:lex:marche pas	0.0451
        intent:purchase:lex:zit	0.0447
        intent:purchase:lex:me quedo	0.0444
        intent:purchase:lex:bio	0.0443
        intent:purchase:lex:prezzo	0.0443
        intent:purchase:lex:another	0.0439
        intent:purchase:lex:o link	0.0439
        intent:purchase:lex:a conta	0.0438
        intent:purchase:lex:a noite	0.0438
        intent:purchase:lex:conta	0.0438
        intent:purchase:lex:bon	0.0437
        intent:purchase:lex:ficou	0.0437
        intent:purchase:lex:maken	0.0437
        intent:purchase:lex:meu mei	0.0437
        intent:purchase:lex:voudrais reserver	0.0434
        intent:purchase:lex:it on	0.0433
        intent:purchase:lex:livrez a	0.0432
        intent:purchase:lex:noite	0.0432
        intent:purchase:lex:mail	0.043
        intent:purchase:lex:compro o	0.0429
        intent:purchase:lex:do my	0.0429
        intent:purchase:lex:filing	0.0429
        intent:purchase:lex:hago el	0.0429
        intent:purchase:lex:late filing	0.0429
        intent:purchase:lex:mettez	0.0429
        intent:purchase:lex:week and	0.0429
        intent:purchase:lex:i order	0.0428
        intent:purchase:lex:svp	0.0428
        intent:purchase:lex:abrir	0.0427
        intent:purchase:lex:encargar	0.0427
        intent:purchase:lex:bald	0.0426
        intent:purchase:lex:de manha	0.0426
        intent:purchase:lex:je prends	0.0426
        intent:purchase:lex:pasqua	0.0426
        intent:purchase:lex:prends	0.0426
        intent:purchase:lex:to check	0.0426
        intent:purchase:lex:on fait	0.0425
        intent:purchase:lex:stack	0.0424
        intent:purchase:lex:di mia	0.0422
        intent:purchase:lex:fete	0.0418
        intent:purchase:lex:bio ta	0.0417
        intent:purchase:lex:da bio	0.0417
        intent:purchase:lex:link da	0.0417
        intent:purchase:lex:samen	0.0417
        intent:purchase:lex:bacalhau	0.0415
        intent:purchase:lex:e uma	0.0415
        intent:purchase:lex:obra	0.0415
        intent:purchase:lex:pos	0.0415
        intent:purchase:lex:pos obra	0.0415
        intent:purchase:lex:something	0.0415
        intent:purchase:lex:trimestral	0.0415
        intent:purchase:lex:papa	0.0414
        intent:purchase:lex:schrijf ik	0.0414
        intent:purchase:lex:frais de	0.0413
        intent:purchase:lex:suisse	0.0413
        intent:purchase:lex:trial	0.041
        intent:purchase:lex:dois	0.0409
        intent:purchase:lex:el pedido	0.0409
        intent:purchase:lex:encomendar	0.0409
        intent:purchase:lex:wir haben	0.0409
        intent:purchase:lex:frais	0.0407
        intent:purchase:lex:les frais	0.0407
        intent:purchase:lex:account	0.0406
        intent:purchase:lex:d buy	0.0405
        intent:purchase:lex:nice but	0.0405
        intent:purchase:lex:normal	0.0405
        intent:purchase:lex:spedite anche	0.0405
        intent:purchase:lex:ireland	0.0404
        intent:purchase:lex:ship to	0.0404
        intent:purchase:lex:to ireland	0.0404
        intent:purchase:lex:voudrais commander	0.0404
        intent:purchase:lex:sono	0.0403
        intent:purchase:lex:i d	0.0402
        intent:purchase:lex:they	0.0401
        intent:purchase:lex:this in	0.0401
        intent:purchase:lex:sie	0.04
        intent:purchase:lex:porfa	-0.04
        intent:purchase:lex:man bei	-0.0401
        intent:purchase:lex:sent	-0.0401
        intent:purchase:lex:we sign	-0.0402
        intent:purchase:lex:qui	-0.0404
        intent:purchase:lex:seit	-0.0404
        intent:purchase:lex:tisch	-0.0404
        intent:purchase:lex:to come	-0.0404
        intent:purchase:lex:precios	-0.0405
        intent:purchase:lex:carnet	-0.0406
        intent:purchase:lex:muss	-0.0406
        intent:purchase:lex:de vries	-0.0408
        intent:purchase:lex:vries	-0.0408
        intent:purchase:lex:passt	-0.0409
        intent:purchase:lex:anniversario	-0.0412
        intent:purchase:lex:il vostro	-0.0413
        intent:purchase:lex:cambiar	-0.0415
        intent:purchase:lex:vostro	-0.0415
        intent:purchase:lex:ein handwerksbetrieb	-0.0419
        intent:purchase:lex:handwerksbetrieb	-0.0419
        intent:purchase:lex:handwerksbetrieb mit	-0.0419
        intent:purchase:lex:for a	-0.042
        intent:purchase:lex:i scho	-0.042
        intent:purchase:lex:jemand	-0.042
        intent:purchase:lex:scho	-0.042
        intent:purchase:lex:moglich	-0.0421
        intent:purchase:lex:nog in	-0.0421
        intent:purchase:lex:auf dem	-0.0422
        intent:purchase:lex:fee	-0.0422
        intent:purchase:lex:joining	-0.0422
        intent:purchase:lex:joining fee	-0.0422
        intent:purchase:lex:start	-0.0422
        intent:purchase:lex:e il	-0.0428
        intent:purchase:lex:bel	-0.0429
        intent:purchase:lex:is it	-0.0429
        intent:purchase:lex:mi bitte	-0.043
        intent:purchase:lex:para el	-0.043
        intent:purchase:lex:sale	-0.0431
        intent:purchase:lex:lo	-0.0432
        intent:purchase:lex:me la	-0.0432
        intent:purchase:lex:estoy en	-0.0433
        intent:purchase:lex:taking	-0.0433
        intent:purchase:lex:pegar	-0.0435
        intent:purchase:lex:booked	-0.0438
        intent:purchase:lex:fit	-0.0438
        intent:purchase:lex:empresa que	-0.0439
        intent:purchase:lex:o nosso	-0.0439
        intent:purchase:lex:proposta	-0.0439
        intent:purchase:lex:dem	-0.044
        intent:purchase:lex:ha	-0.044
        intent:purchase:lex:naar	-0.044
        intent:purchase:lex:deixa	-0.0441
        intent:purchase:lex:mois	-0.0442
        intent:purchase:lex:mon	-0.0442
        intent:purchase:lex:there	-0.0442
        intent:purchase:lex:agora	-0.0443
        intent:purchase:lex:j	-0.0443
        intent:purchase:lex:move	-0.0444
        intent:purchase:lex:ce serait	-0.0445
        intent:purchase:lex:com	-0.0445
        intent:purchase:lex:de queijo	-0.0447
        intent:purchase:lex:familia	-0.0447
        intent:purchase:lex:pao de	-0.0447
        intent:purchase:lex:pra familia	-0.0447
        intent:purchase:lex:queijo	-0.0447
        intent:purchase:lex:theorie	-0.0447
        intent:purchase:lex:are you	-0.0448
        intent:purchase:lex:basic	-0.0448
        intent:purchase:lex:basic fit	-0.0448
        intent:purchase:lex:suchen	-0.0448
        intent:purchase:lex:forniture	-0.0449
        intent:purchase:lex:kitchen	-0.0449
        intent:purchase:lex:san	-0.0449
        intent:purchase:lex:sunrise	-0.0449
        intent:purchase:lex:sunrise class	-0.0449
        intent:purchase:lex:the sunrise	-0.0449
        intent:purchase:lex:getting married	-0.045
        intent:purchase:lex:in zona	-0.045
        intent:purchase:lex:l atelier	-0.045
        intent:purchase:lex:married	-0.045
        intent:purchase:lex:mi fate	-0.045
        intent:purchase:lex:re getting	-0.045
        intent:purchase:lex:un bar	-0.045
        intent:purchase:lex:condominio	-0.0452
        intent:purchase:lex:sept	-0.0452
        intent:purchase:lex:days	-0.0453
        intent:purchase:lex:haceis	-0.0453
        intent:purchase:lex:this is	-0.0453
        intent:purchase:lex:meio	-0.0454
        intent:purchase:lex:quanto	-0.0454
        intent:purchase:lex:depois do	-0.0455
        intent:purchase:lex:feira	-0.0455
        intent:purchase:lex:mit	-0.0455
        intent:purchase:lex:tao	-0.0455
        intent:purchase:lex:treino	-0.0455
        intent:purchase:lex:vcs tao	-0.0455
        intent:purchase:lex:dagen	-0.0456
        intent:purchase:lex:getting	-0.0456
        intent:purchase:lex:to get	-0.0456
        intent:purchase:lex:a l	-0.0457
        intent:purchase:lex:ci trasferiamo	-0.0457
        intent:purchase:lex:marzo e	-0.0457
        intent:purchase:lex:need someone	-0.0457
        intent:purchase:lex:oder nur	-0.0457
        intent:purchase:lex:trasferiamo	-0.0457
        intent:purchase:lex:trasferiamo a	-0.0457
        intent:purchase:lex:keller	-0.0458
        intent:purchase:lex:left	-0.0458
        intent:purchase:lex:nachsten	-0.0458
        intent:purchase:lex:nachsten monat	-0.0458
        intent:purchase:lex:monat	-0.046
        intent:purchase:lex:b2	-0.0463
        intent:purchase:lex:entro	-0.0463
        intent:purchase:lex:no feriado	-0.0464
        intent:purchase:lex:evening	-0.0465
        intent:purchase:lex:lena	-0.047
        intent:purchase:lex:in august	-0.0471
        intent:purchase:lex:dienstag	-0.0472
        intent:purchase:lex:per un	-0.0472
        intent:purchase:lex:estoy	-0.0473
        intent:purchase:lex:bei euch	-0.0474
        intent:purchase:lex:next week	-0.0475
        intent:purchase:lex:dad	-0.0476
        intent:purchase:lex:nach graz	-0.0476
        intent:purchase:lex:teneis	-0.0476
        intent:purchase:lex:giovedi	-0.0479
        intent:purchase:lex:siamo	-0.0479
        intent:purchase:lex:ha chiuso	-0.048
        intent:purchase:lex:got any	-0.0484
        intent:purchase:lex:thinking	-0.0484
        intent:purchase:lex:thinking of	-0.0484
        intent:purchase:lex:nen	-0.0485
        intent:purchase:lex:mi	-0.0487
        intent:purchase:lex:onze	-0.0489
        intent:purchase:lex:aqui	-0.0491
        intent:purchase:lex:i get	-0.0492
        intent:purchase:lex:tardes	-0.0493
        intent:purchase:lex:em braga	-0.0494
        intent:purchase:lex:feriado	-0.0494
        intent:purchase:lex:inplannen	-0.0494
        intent:purchase:lex:este mes	-0.0495
        intent:purchase:lex:for the	-0.0496
        intent:purchase:lex:il	-0.0498
        intent:purchase:lex:encore	-0.05
        intent:purchase:lex:i still	-0.0501
        intent:purchase:lex:internet	-0.0501
        intent:purchase:lex:liefst	-0.0505
        intent:purchase:lex:bornes	-0.0506
        intent:purchase:lex:bornes de	-0.0506
        intent:purchase:lex:de recharge	-0.0506
        intent:purchase:lex:recharge	-0.0506
        intent:purchase:lex:suis en	-0.0506
        intent:purchase:lex:wordt	-0.0506
        intent:purchase:lex:soeur	-0.0507
        intent:purchase:lex:sunday	-0.0507
        intent:purchase:lex:volgende	-0.0507
        intent:purchase:lex:braga	-0.0508
        intent:purchase:lex:atelier	-0.0511
        intent:purchase:lex:price	-0.0511
        intent:purchase:lex:bitte fur	-0.0512
        intent:purchase:lex:fur	-0.0512
        intent:purchase:lex:order for	-0.0512
        intent:purchase:lex:a nossa	-0.0513
        intent:purchase:lex:antiga	-0.0513
        intent:purchase:lex:assinatura	-0.0513
        intent:purchase:lex:nos para	-0.0513
        intent:purchase:lex:unser	-0.0514
        intent:purchase:lex:casa	-0.0515
        intent:purchase:lex:kommen	-0.0515
        intent:purchase:lex:wird	-0.0516
        intent:purchase:lex:lessons	-0.0517
        intent:purchase:lex:zona de	-0.0517
        intent:purchase:lex:pls	-0.052
        intent:purchase:lex:que je	-0.0521
        intent:purchase:lex:faites les	-0.0523
        intent:purchase:lex:graz	-0.0524
        intent:purchase:lex:la facture	-0.0524
        intent:purchase:lex:y me	-0.0526
        intent:purchase:lex:explose	-0.0529
        intent:purchase:lex:procuramos	-0.053
        intent:purchase:lex:proposez	-0.0531
        intent:purchase:lex:domicilio	-0.0532
        intent:purchase:lex:staff	-0.0532
        intent:purchase:lex:facture	-0.0534
        intent:purchase:lex:this for	-0.0536
        intent:purchase:lex:que me	-0.0538
        intent:purchase:lex:fix	-0.0539
        intent:purchase:lex:im	-0.0539
        intent:purchase:lex:if	-0.0541
        intent:purchase:lex:werken	-0.0541
        intent:purchase:lex:chiuso	-0.0542
        intent:purchase:lex:max	-0.0542
        intent:purchase:lex:and my	-0.0544
        intent:purchase:lex:sind ein	-0.0544
        intent:purchase:lex:bella	-0.0545
        intent:purchase:lex:manutencao	-0.0545
        intent:purchase:lex:pretty	-0.0545
        intent:purchase:lex:s a	-0.0545
        intent:purchase:lex:t	-0.0549
        intent:purchase:lex:she s	-0.055
        intent:purchase:lex:o senhor	-0.0551
        intent:purchase:lex:senhor	-0.0551
        intent:purchase:lex:a saturday	-0.0552
        intent:purchase:lex:fate	-0.0552
        intent:purchase:lex:mese	-0.0554
        intent:purchase:lex:serait	-0.0554
        intent:purchase:lex:steeds	-0.0555
        intent:purchase:lex:janner	-0.0556
        intent:purchase:lex:da nossa	-0.0559
        intent:purchase:lex:een nieuwe	-0.056
        intent:purchase:lex:le week	-0.056
        intent:purchase:lex:week end	-0.056
        intent:purchase:lex:knippen	-0.0563
        intent:purchase:lex:on a	-0.0563
        intent:purchase:lex:ends in	-0.0564
        intent:purchase:lex:it again	-0.0564
        intent:purchase:lex:nous	-0.0564
        intent:purchase:lex:call	-0.0567
        intent:purchase:lex:hiked	-0.0567
        intent:purchase:lex:l	-0.0568
        intent:purchase:lex:leeds	-0.0569
        intent:purchase:lex:contract with	-0.0571
        intent:purchase:lex:a giugno	-0.0572
        intent:purchase:lex:march and	-0.0572
        intent:purchase:lex:euch ohne	-0.0575
        intent:purchase:lex:since	-0.0575
        intent:purchase:lex:wir sind	-0.0575
        intent:purchase:lex:a cockapoo	-0.0577
        intent:purchase:lex:matted	-0.0584
        intent:purchase:lex:zahlt	-0.0587
        intent:purchase:lex:zahlt man	-0.0587
        intent:purchase:lex:ca	-0.0591
        intent:purchase:lex:hort	-0.0591
        intent:purchase:lex:tudo	-0.0591
        intent:purchase:lex:dia	-0.0593
        intent:purchase:lex:coimbra	-0.0595
        intent:purchase:lex:schreib	-0.06
        intent:purchase:lex:vanaf	-0.0601
        intent:purchase:lex:vcs	-0.0604
        intent:purchase:lex:aumento	-0.0605
        intent:purchase:lex:lentes de	-0.0605
        intent:purchase:lex:avant	-0.0606
        intent:purchase:lex:ends	-0.0606
        intent:purchase:lex:ohne	-0.0606
        intent:purchase:lex:lentes	-0.0607
        intent:purchase:lex:o q	-0.0607
        intent:purchase:lex:el sabado	-0.0608
        intent:purchase:lex:depuis	-0.0609
        intent:purchase:lex:sohn	-0.0611
        intent:purchase:lex:fur ein	-0.0613
        intent:purchase:lex:giugno	-0.0615
        intent:purchase:lex:iemand	-0.0619
        intent:purchase:lex:cockapoo	-0.0621
        intent:purchase:lex:in	-0.0624
        intent:purchase:lex:mars	-0.0624
        intent:purchase:lex:wollen	-0.0625
        intent:purchase:lex:depois	-0.0627
        intent:purchase:lex:o	-0.0628
        intent:purchase:lex:been	-0.063
        intent:purchase:lex:que eu	-0.0631
        intent:purchase:lex:these guys	-0.0631
        intent:purchase:lex:marz	-0.0632
        intent:purchase:lex:fait pour	-0.0635
        intent:purchase:lex:de siempre	-0.0636
        intent:purchase:lex:no me	-0.0636
        intent:purchase:lex:y ya	-0.0636
        intent:purchase:lex:fijo	-0.0638
        intent:purchase:lex:nuestra	-0.0638
        intent:purchase:lex:otimo	-0.0642
        intent:purchase:lex:queria no	-0.0642
        intent:purchase:lex:chamberi	-0.0644
        intent:purchase:lex:will	-0.0644
        intent:purchase:lex:ya no	-0.0644
        intent:purchase:lex:no meu	-0.0645
        intent:purchase:lex:fico	-0.0646
        intent:purchase:lex:pour	-0.065
        intent:purchase:lex:hija	-0.0653
        intent:purchase:lex:mi hija	-0.0653
        intent:purchase:lex:mes	-0.0654
        intent:purchase:lex:mudamos	-0.0655
        intent:purchase:lex:mudamos a	-0.0655
        intent:purchase:lex:nos mudamos	-0.0655
        intent:purchase:lex:should	-0.0656
        intent:purchase:lex:che	-0.0658
        intent:purchase:lex:tamanho	-0.0659
        intent:purchase:lex:agosto	-0.0661
        intent:purchase:lex:quando	-0.0661
        intent:purchase:lex:je suis	-0.0676
        intent:purchase:lex:suis	-0.0676
        intent:purchase:lex:e	-0.0679
        intent:purchase:lex:siempre	-0.0679
        intent:purchase:lex:aca	-0.068
        intent:purchase:lex:tem	-0.0683
        intent:purchase:lex:and	-0.0684
        intent:purchase:lex:le samedi	-0.0692
        intent:purchase:lex:on se	-0.0698
        intent:purchase:lex:ihr	-0.0699
        intent:purchase:lex:queria levar	-0.07
        intent:purchase:lex:q	-0.0701
        intent:purchase:lex:mp	-0.0705
        intent:purchase:lex:alguem de	-0.0706
        intent:purchase:lex:et	-0.0707
        intent:purchase:lex:fait	-0.0712
        intent:purchase:lex:these	-0.0714
        intent:purchase:lex:viernes	-0.0716
        intent:purchase:lex:from	-0.0718
        intent:purchase:lex:qu on	-0.0722
        intent:purchase:lex:wil graag	-0.0722
        intent:purchase:lex:new	-0.0727
        intent:purchase:lex:do a	-0.0728
        intent:purchase:lex:village	-0.073
        intent:purchase:lex:de la	-0.0733
        intent:purchase:lex:interessada	-0.0734
        intent:purchase:lex:wil	-0.0738
        intent:purchase:lex:zu	-0.0746
        intent:purchase:lex:qu	-0.0747
        intent:purchase:lex:com a	-0.0753
        intent:purchase:lex:le fait	-0.0755
        intent:purchase:lex:on the	-0.0757
        intent:purchase:lex:class	-0.0758
        intent:purchase:lex:ao	-0.076
        intent:purchase:lex:pour tes	-0.076
        intent:purchase:lex:tes	-0.0764
        intent:purchase:lex:op	-0.0767
        intent:purchase:lex:el viernes	-0.0777
        intent:purchase:lex:entregas	-0.0779
        intent:purchase:lex:fazem entregas	-0.0779
        intent:purchase:lex:hall	-0.0781
        intent:purchase:lex:work	-0.0781
        intent:purchase:lex:achter	-0.0782
        intent:purchase:lex:voor en	-0.0782
        intent:purchase:lex:vraag	-0.0782
        intent:purchase:lex:mir	-0.0784
        intent:purchase:lex:em minas	-0.0785
        intent:purchase:lex:casamento	-0.0786
        intent:purchase:lex:casamento em	-0.0786
        intent:purchase:lex:est	-0.0787
        intent:purchase:lex:ik wil	-0.079
        intent:purchase:lex:rijtjeshuis	-0.0793
        intent:purchase:lex:rijtjeshuis in	-0.0793
        intent:purchase:lex:roast	-0.0795
        intent:purchase:lex:sind	-0.0795
        intent:purchase:lex:casamos	-0.0796
        intent:purchase:lex:puppy	-0.0797
        intent:purchase:lex:em agosto	-0.0798
        intent:purchase:lex:uhr	-0.0801
        intent:purchase:lex:voces fazem	-0.0806
        intent:purchase:lex:end	-0.0811
        intent:purchase:lex:insieme	-0.0815
        intent:purchase:lex:toch	-0.082
        intent:purchase:lex:atendimento	-0.0821
        intent:purchase:lex:aguardo	-0.083
        intent:purchase:lex:nieuwe	-0.083
        intent:purchase:lex:fica	-0.0842
        intent:purchase:lex:bei	-0.0844
        intent:purchase:lex:morning	-0.0846
        intent:purchase:lex:she	-0.0851
        intent:purchase:lex:bij	-0.0852
        intent:purchase:lex:les	-0.0852
        intent:purchase:lex:mum	-0.0853
        intent:purchase:lex:is the	-0.0857
        intent:purchase:lex:whats	-0.0861
        intent:purchase:lex:mandato	-0.0865
        intent:purchase:lex:hora	-0.0867
        intent:purchase:lex:nao	-0.0867
        intent:purchase:lex:me	-0.0878
        intent:purchase:lex:quoi	-0.089
        intent:purchase:lex:this class	-0.0893
        intent:purchase:lex:en	-0.0898
        intent:purchase:lex:se le	-0.0899
        intent:purchase:lex:adulti	-0.09
        intent:purchase:lex:brutal	-0.09
        intent:purchase:lex:looks	-0.09
        intent:purchase:lex:om	-0.0902
        intent:purchase:lex:queria passar	-0.0902
        intent:purchase:lex:voces	-0.0902
        intent:purchase:lex:nicht	-0.0904
        intent:purchase:lex:une	-0.0907
        intent:purchase:lex:again	-0.0908
        intent:purchase:lex:quello	-0.0916
        intent:purchase:lex:il nostro	-0.0917
        intent:purchase:lex:nostro	-0.092
        intent:purchase:lex:piccolo	-0.092
        intent:purchase:lex:sempre	-0.092
        intent:purchase:lex:chez	-0.0925
        intent:purchase:lex:interested	-0.0928
        intent:purchase:lex:pour un	-0.0935
        intent:purchase:lex:passar	-0.0937
        intent:purchase:lex:wey	-0.0937
        intent:purchase:lex:fechou	-0.094
        intent:purchase:lex:graag een	-0.0941
        intent:purchase:lex:euch	-0.0945
        intent:purchase:lex:am	-0.0946
        intent:purchase:lex:pao	-0.096
        intent:purchase:lex:weer	-0.0966
        intent:purchase:lex:has	-0.0968
        intent:purchase:lex:carne	-0.0971
        intent:purchase:lex:onde	-0.0971
        intent:purchase:lex:em matosinhos	-0.0973
        intent:purchase:lex:matosinhos	-0.0973
        intent:purchase:lex:restaurante	-0.0973
        intent:purchase:lex:at	-0.0974
        intent:purchase:lex:packages	-0.0981
        intent:purchase:lex:super	-0.0982
        intent:purchase:lex:e fiquei	-0.0983
        intent:purchase:lex:wij	-0.0983
        intent:purchase:lex:e a	-0.0985
        intent:purchase:lex:fiquei	-0.0998
        intent:purchase:lex:minas	-0.0999
        intent:purchase:lex:me and	-0.1
        intent:purchase:lex:after	-0.1006
        intent:purchase:lex:zona	-0.1011
        intent:purchase:lex:in utrecht	-0.1023
        intent:purchase:lex:right	-0.1023
        intent:purchase:lex:was	-0.1023
        intent:purchase:lex:in the	-0.1045
        intent:purchase:lex:before your	-0.1048
        intent:purchase:lex:alguem	-0.1055
        intent:purchase:lex:still	-0.106
        intent:purchase:lex:para o	-0.1064
        intent:purchase:lex:nossa	-0.1071
        intent:purchase:lex:noch in	-0.1076
        intent:purchase:lex:ma	-0.1102
        intent:purchase:lex:a galera	-0.1105
        intent:purchase:lex:galera	-0.1105
        intent:purchase:lex:in de	-0.1111
        intent:purchase:lex:utrecht	-0.1115
        intent:purchase:lex:what	-0.1121
        intent:purchase:lex:wat	-0.1128
        intent:purchase:lex:ende	-0.1137
        intent:purchase:lex:voor een	-0.1179
        intent:purchase:lex:segunda	-0.1209
        intent:purchase:lex:sem	-0.1217
        intent:purchase:lex:someone	-0.122
        intent:purchase:lex:get	-0.1258
        intent:purchase:lex:per il	-0.126
        intent:purchase:lex:nos	-0.1264
        intent:purchase:lex:vamos	-0.1274
        intent:purchase:lex:auf	-0.1309
        intent:purchase:lex:andiamo	-0.1328
        intent:purchase:lex:ans	-0.1341
        intent:purchase:lex:nog	-0.1359
        intent:purchase:lex:dm	-0.1368
        intent:purchase:lex:und	-0.1381
        intent:purchase:lex:graag	-0.139
        intent:purchase:lex:s	-0.1392
        intent:purchase:lex:para	-0.1411
        intent:purchase:lex:se	-0.1412
        intent:purchase:lex:with	-0.1431
        intent:purchase:lex:ein	-0.1482
        intent:purchase:lex:bitte	-0.1524
        intent:purchase:lex:el	-0.1525
        intent:purchase:lex:x	-0.1558
        intent:purchase:lex:tienen	-0.1596
        intent:purchase:lex:y	-0.1664
        intent:purchase:lex:a	-0.1668
        intent:purchase:lex:gibts	-0.17
        intent:purchase:lex:before	-0.171
        intent:purchase:lex:week	-0.1719
        intent:purchase:lex:on	-0.191
        intent:purchase:lex:vous	-0.1999
        intent:purchase:lex:noch	-0.201
        intent:purchase:lex:fazem	-0.22
        intent:purchase:lex:un	-0.2233
        intent:purchase:lex:que	-0.2525
        intent:purchase:lex:queria	-0.2729
        intent:purchase:lex:em	-0.2853
        intent:purchase:lex:info	-0.2918
        intent:service_recovery:review-1-2-stars	3.9821
        intent:service_recovery:recovery	3.0601
        intent:service_recovery:review-3-stars	2.1877
        intent:service_recovery:complaint-with-request	1.8199
        intent:service_recovery:future-visit	1.4653
        intent:service_recovery:complaint	1.4099
        intent:service_recovery:availability-question	1.3566
        intent:service_recovery:request	1.1057
        intent:service_recovery:mention	0.9173
        intent:service_recovery:sarcasm	0.8942
        intent:service_recovery:non-customer	0.7687
        intent:service_recovery:contact-ask	0.6883
        intent:service_recovery:booking-request	0.6189
        intent:service_recovery:refusal	0.6154
        intent:service_recovery:reply	0.5675
        intent:service_recovery:laughter	0.5203
        intent:service_recovery:current-provider	0.5098
        intent:service_recovery:need-plan	0.4954
        intent:service_recovery:negated-cue	0.4658
        intent:service_recovery:stated-not-asked	0.4647
        intent:service_recovery:question-opener	0.431
        intent:service_recovery:contact-sent	0.3259
        intent:service_recovery:curiosity	0.2571
        intent:service_recovery:past	0.1999
        intent:service_recovery:rejection	0.1456
        intent:service_recovery:deal-ask	0.1402
        intent:service_recovery:seller-intro	0.1325
        intent:service_recovery:purchase-topic	0.1173
        intent:service_recovery:booking-ask	0.0984
        intent:service_recovery:stated-in-past	0.0951
        intent:service_recovery:resolved	0.091
        intent:service_recovery:seeking-replacement	0.0865
        intent:service_recovery:praise	0.0584
        intent:service_recovery:conditional-offer	0.0583
        intent:service_recovery:return-booked	0.0301
        intent:service_recovery:abuse	0.0247
        intent:service_recovery:switching	-0.032
        intent:service_recovery:job-seeker	-0.0595
        intent:service_recovery:giveaway	-0.0678
        intent:service_recovery:rhetorical	-0.0708
        intent:service_recovery:booking-noun	-0.079
        intent:service_recovery:price-shape	-0.0814
        intent:service_recovery:callback-promise	-0.1089
        intent:service_recovery:long-text	-0.1173
        intent:service_recovery:off-topic	-0.1258
        intent:service_recovery:vendor-pitch	-0.1302
        intent:service_recovery:friend-tag	-0.15
        intent:service_recovery:multi-tag	-0.1573
        intent:service_recovery:sign-up	-0.1676
        intent:service_recovery:timing	-0.1928
        intent:service_recovery:how-much	-0.3222
        intent:service_recovery:follower-spam	-0.3468
        intent:service_recovery:imperative-request	-0.3681
        intent:service_recovery:price-word	-0.3765
        intent:service_recovery:tag-plan	-0.3915
        intent:service_recovery:purchase-ask	-0.4203
        intent:service_recovery:addressed-question	-0.4497
        intent:service_recovery:(bias)	-0.4828
        intent:service_recovery:question	-0.4943
        intent:service_recovery:party-size	-0.6012
        intent:service_recovery:availability-ask	-0.6034
        intent:service_recovery:price-ask	-0.927
        intent:service_recovery:review-4-5-stars	-1.248
        intent:service_recovery:lex:que	0.3277
        intent:service_recovery:lex:me la	0.2426
        intent:service_recovery:lex:dias	0.2102
        intent:service_recovery:lex:het	0.1921
        intent:service_recovery:lex:la	0.1908
        intent:service_recovery:lex:ref	0.1894
        intent:service_recovery:lex:on	0.1733
        intent:service_recovery:lex:que me	0.1714
        intent:service_recovery:lex:it	0.1686
        intent:service_recovery:lex:me	0.1675
        intent:service_recovery:lex:back	0.1671
        intent:service_recovery:lex:sin	0.1671
        intent:service_recovery:lex:y	0.1638
        intent:service_recovery:lex:pizza	0.1605
        intent:service_recovery:lex:er	0.1596
        intent:service_recovery:lex:jullie	0.1588
        intent:service_recovery:lex:bitte	0.1557
        intent:service_recovery:lex:on hold	0.1552
        intent:service_recovery:lex:semana	0.1508
        intent:service_recovery:lex:hold	0.1502
        intent:service_recovery:lex:al	0.1462
        intent:service_recovery:lex:and	0.1408
        intent:service_recovery:lex:flight	0.1393
        intent:service_recovery:lex:seit	0.1368
        intent:service_recovery:lex:wifi	0.1368
        intent:service_recovery:lex:ma	0.1358
        intent:service_recovery:lex:pueden	0.1351
        intent:service_recovery:lex:someone	0.1347
        intent:service_recovery:lex:bij	0.1275
        intent:service_recovery:lex:about	0.1266
        intent:service_recovery:lex:kunnen	0.1262
        intent:service_recovery:lex:cancelled	0.1257
        intent:service_recovery:lex:ce	0.1253
        intent:service_recovery:lex:kijken	0.1244
        intent:service_recovery:lex:back to	0.1237
        intent:service_recovery:lex:llego	0.1216
        intent:service_recovery:lex:hours	0.1212
        intent:service_recovery:lex:cancelled flight	0.1203
        intent:service_recovery:lex:my cancelled	0.1203
        intent:service_recovery:lex:kann bitte	0.1198
        intent:service_recovery:lex:depois da	0.1176
        intent:service_recovery:lex:wieder	0.1153
        intent:service_recovery:lex:bag	0.1145
        intent:service_recovery:lex:someone please	0.1143
        intent:service_recovery:lex:depois	0.1139
        intent:service_recovery:lex:llego la	0.1138
        intent:service_recovery:lex:me llego	0.1138
        intent:service_recovery:lex:pedi	0.1132
        intent:service_recovery:lex:me cambio	0.1126
        intent:service_recovery:lex:llena	0.1123
        intent:service_recovery:lex:llena de	0.1123
        intent:service_recovery:lex:in dm	0.1117
        intent:service_recovery:lex:nochmal	0.1106
        intent:service_recovery:lex:veux	0.1097
        intent:service_recovery:lex:nog steeds	0.1092
        intent:service_recovery:lex:get back	0.1091
        intent:service_recovery:lex:booking	0.1088
        intent:service_recovery:lex:aber	0.1087
        intent:service_recovery:lex:to me	0.1071
        intent:service_recovery:lex:steeds	0.1063
        intent:service_recovery:lex:naar kijken	0.1051
        intent:service_recovery:lex:vino	0.105
        intent:service_recovery:lex:sort	0.1042
        intent:service_recovery:lex:er nog	0.1035
        intent:service_recovery:lex:cambio	0.1026
        intent:service_recovery:lex:une	0.1008
        intent:service_recovery:lex:vorbeischauen	0.098
        intent:service_recovery:lex:pourrait	0.0965
        intent:service_recovery:lex:dagen	0.0951
        intent:service_recovery:lex:sem	0.0946
        intent:service_recovery:lex:una	0.0946
        intent:service_recovery:lex:jours	0.0922
        intent:service_recovery:lex:parte	0.0921
        intent:service_recovery:lex:weg	0.0911
        intent:service_recovery:lex:bij het	0.0894
        intent:service_recovery:lex:helemaal	0.0894
        intent:service_recovery:lex:was helemaal	0.0894
        intent:service_recovery:lex:zondag een	0.0894
        intent:service_recovery:lex:zouden	0.0894
        intent:service_recovery:lex:voor zondag	0.0893
        intent:service_recovery:lex:zondag	0.0893
        intent:service_recovery:lex:jullie voor	0.0892
        intent:service_recovery:lex:was	0.0891
        intent:service_recovery:lex:voltou	0.0884
        intent:service_recovery:lex:ophalen	0.0883
        intent:service_recovery:lex:la torta	0.0864
        intent:service_recovery:lex:torta	0.0864
        intent:service_recovery:lex:ieri	0.0862
        intent:service_recovery:lex:jemand	0.0859
        intent:service_recovery:lex:taart	0.0849
        intent:service_recovery:lex:ok	0.0843
        intent:service_recovery:lex:tecnico	0.0843
        intent:service_recovery:lex:der	0.0842
        intent:service_recovery:lex:maken	0.0842
        intent:service_recovery:lex:ou	0.0834
        intent:service_recovery:lex:een	0.0832
        intent:service_recovery:lex:bitte nochmal	0.0813
        intent:service_recovery:lex:nochmal jemand	0.0813
        intent:service_recovery:lex:were	0.0811
        intent:service_recovery:lex:altrimenti	0.0807
        intent:service_recovery:lex:depuis	0.0805
        intent:service_recovery:lex:net	0.0796
        intent:service_recovery:lex:necesito que	0.0789
        intent:service_recovery:lex:een nieuwe	0.0787
        intent:service_recovery:lex:jours apres	0.0787
        intent:service_recovery:lex:internet	0.0786
        intent:service_recovery:lex:apres	0.0784
        intent:service_recovery:lex:dopo	0.0784
        intent:service_recovery:lex:onda	0.0784
        intent:service_recovery:lex:q onda	0.0784
        intent:service_recovery:lex:cliente	0.0781
        intent:service_recovery:lex:eurem	0.0781
        intent:service_recovery:lex:dias sem	0.0779
        intent:service_recovery:lex:sem net	0.0779
        intent:service_recovery:lex:necesito	0.077
        intent:service_recovery:lex:le	0.0765
        intent:service_recovery:lex:que le	0.0764
        intent:service_recovery:lex:nada	0.076
        intent:service_recovery:lex:esta semana	0.0759
        intent:service_recovery:lex:cette	0.0758
        intent:service_recovery:lex:on vous	0.0758
        intent:service_recovery:lex:chienne	0.0757
        intent:service_recovery:lex:ma chienne	0.0757
        intent:service_recovery:lex:cette semaine	0.0755
        intent:service_recovery:lex:boite	0.0754
        intent:service_recovery:lex:est	0.0754
        intent:service_recovery:lex:ce que	0.0753
        intent:service_recovery:lex:est ce	0.0752
        intent:service_recovery:lex:bin ich	0.0747
        intent:service_recovery:lex:parte del	0.0743
        intent:service_recovery:lex:pueden volver	0.0738
        intent:service_recovery:lex:volver a	0.0738
        intent:service_recovery:lex:o	0.0734
        intent:service_recovery:lex:la oficina	0.0733
        intent:service_recovery:lex:please	0.0733
        intent:service_recovery:lex:vuelve	0.0733
        intent:service_recovery:lex:oficina	0.0732
        intent:service_recovery:lex:stay	0.0731
        intent:service_recovery:lex:aber der	0.0729
        intent:service_recovery:lex:e	0.0729
        intent:service_recovery:lex:nieuwe	0.0728
        intent:service_recovery:lex:faltando	0.0718
        intent:service_recovery:lex:volver	0.0717
        intent:service_recovery:lex:por el	0.0714
        intent:service_recovery:lex:my	0.0705
        intent:service_recovery:lex:sympa	0.0701
        intent:service_recovery:lex:war	0.0701
        intent:service_recovery:lex:naar	0.0694
        intent:service_recovery:lex:el domingo	0.0693
        intent:service_recovery:lex:pas	0.0687
        intent:service_recovery:lex:ik hoor	0.0686
        intent:service_recovery:lex:happy	0.0683
        intent:service_recovery:lex:li	0.0682
        intent:service_recovery:lex:hoor	0.068
        intent:service_recovery:lex:opgehaald	0.068
        intent:service_recovery:lex:hier soir	0.0674
        intent:service_recovery:lex:refund	0.0674
        intent:service_recovery:lex:vous en	0.0674
        intent:service_recovery:lex:semana me	0.0673
        intent:service_recovery:lex:ce serait	0.0671
        intent:service_recovery:lex:serait	0.0667
        intent:service_recovery:lex:en veux	0.0666
        intent:service_recovery:lex:we were	0.0666
        intent:service_recovery:lex:a la	0.0665
        intent:service_recovery:lex:happy to	0.0665
        intent:service_recovery:lex:em casa	0.0662
        intent:service_recovery:lex:trabalho	0.0661
        intent:service_recovery:lex:y nada	0.066
        intent:service_recovery:lex:ich	0.0659
        intent:service_recovery:lex:espera	0.0657
        intent:service_recovery:lex:la espera	0.0656
        intent:service_recovery:lex:sinds	0.0656
        intent:service_recovery:lex:sinds de	0.0656
        intent:service_recovery:lex:meier	0.0655
        intent:service_recovery:lex:no meier	0.0655
        intent:service_recovery:lex:actually	0.0654
        intent:service_recovery:lex:euch	0.0654
        intent:service_recovery:lex:manda	0.0654
        intent:service_recovery:lex:me li	0.0654
        intent:service_recovery:lex:tutto ok	0.0654
        intent:service_recovery:lex:dijeron	0.0653
        intent:service_recovery:lex:dijeron que	0.0653
        intent:service_recovery:lex:me dijeron	0.0653
        intent:service_recovery:lex:pfv	0.0653
        intent:service_recovery:lex:ordino	0.0652
        intent:service_recovery:lex:una semana	0.0652
        intent:service_recovery:lex:komen	0.0648
        intent:service_recovery:lex:tutto	0.0648
        intent:service_recovery:lex:er iemand	0.0647
        intent:service_recovery:lex:om het	0.0647
        intent:service_recovery:lex:aqui no	0.0646
        intent:service_recovery:lex:semaine	0.0643
        intent:service_recovery:lex:langs	0.0637
        intent:service_recovery:lex:em	0.0635
        intent:service_recovery:lex:het uur	0.0635
        intent:service_recovery:lex:kan komen	0.0635
        intent:service_recovery:lex:komen om	0.0635
        intent:service_recovery:lex:langs kan	0.0635
        intent:service_recovery:lex:uur	0.0635
        intent:service_recovery:lex:valt	0.0635
        intent:service_recovery:lex:esta	0.0634
        intent:service_recovery:lex:domingo	0.0632
        intent:service_recovery:lex:uit	0.063
        intent:service_recovery:lex:die	0.0629
        intent:service_recovery:lex:hoor graag	0.0629
        intent:service_recovery:lex:brandt	0.0628
        intent:service_recovery:lex:en het	0.0627
        intent:service_recovery:lex:la pueden	0.0627
        intent:service_recovery:lex:vorige week	0.0626
        intent:service_recovery:lex:wanneer	0.0622
        intent:service_recovery:lex:ff	0.0618
        intent:service_recovery:lex:vorige	0.0618
        intent:service_recovery:lex:netz	0.0617
        intent:service_recovery:lex:netz ok	0.0617
        intent:service_recovery:lex:telekom	0.0617
        intent:service_recovery:lex:auto	0.0614
        intent:service_recovery:lex:tudo	0.0612
        intent:service_recovery:lex:dm	0.061
        intent:service_recovery:lex:bin	0.0609
        intent:service_recovery:lex:euch bitte	0.0606
        intent:service_recovery:lex:hoy	0.0605
        intent:service_recovery:lex:kan	0.0605
        intent:service_recovery:lex:om	0.0605
        intent:service_recovery:lex:ist	0.0602
        intent:service_recovery:lex:t	0.0597
        intent:service_recovery:lex:das	0.0593
        intent:service_recovery:lex:arrive	0.0591
        intent:service_recovery:lex:coche	0.0587
        intent:service_recovery:lex:kam	0.0584
        intent:service_recovery:lex:and i	0.0581
        intent:service_recovery:lex:gebt	0.058
        intent:service_recovery:lex:kalt	0.058
        intent:service_recovery:lex:spat	0.058
        intent:service_recovery:lex:stunde	0.058
        intent:service_recovery:lex:und ich	0.058
        intent:service_recovery:lex:zu spat	0.058
        intent:service_recovery:lex:bon	0.0579
        intent:service_recovery:lex:ich bestell	0.0579
        intent:service_recovery:lex:del coche	0.0573
        intent:service_recovery:lex:number	0.0572
        intent:service_recovery:lex:need it	0.0566
        intent:service_recovery:lex:hier	0.0565
        intent:service_recovery:lex:if someone	0.0565
        intent:service_recovery:lex:dias depois	0.0563
        intent:service_recovery:lex:dois dias	0.0563
        intent:service_recovery:lex:arrumar	0.0561
        intent:service_recovery:lex:manana	0.0561
        intent:service_recovery:lex:dar	0.056
        intent:service_recovery:lex:ne	0.056
        intent:service_recovery:lex:nen	0.056
        intent:service_recovery:lex:zu	0.056
        intent:service_recovery:lex:lo	0.0558
        intent:service_recovery:lex:a batata	0.0555
        intent:service_recovery:lex:batata	0.0555
        intent:service_recovery:lex:veio faltando	0.0555
        intent:service_recovery:lex:graag	0.0554
        intent:service_recovery:lex:erro	0.0553
        intent:service_recovery:lex:foto	0.055
        intent:service_recovery:lex:quedo	0.0549
        intent:service_recovery:lex:o me	0.0548
        intent:service_recovery:lex:visita	0.0548
        intent:service_recovery:lex:gestern	0.0547
        intent:service_recovery:lex:el	0.0546
        intent:service_recovery:lex:te	0.0546
        intent:service_recovery:lex:days	0.0544
        intent:service_recovery:lex:gutschein	0.0544
        intent:service_recovery:lex:un	0.0544
        intent:service_recovery:lex:volta	0.054
        intent:service_recovery:lex:hora	0.0537
        intent:service_recovery:lex:soir	0.0531
        intent:service_recovery:lex:para el	0.0529
        intent:service_recovery:lex:vcs	0.0527
        intent:service_recovery:lex:dois	0.0525
        intent:service_recovery:lex:week	0.0524
        intent:service_recovery:lex:passar	0.0522
        intent:service_recovery:lex:das gleiche	0.0517
        intent:service_recovery:lex:ist eine	0.0517
        intent:service_recovery:lex:katastrophe	0.0517
        intent:service_recovery:lex:ohne	0.0516
        intent:service_recovery:lex:gerade	0.0514
        intent:service_recovery:lex:veux juste	0.0514
        intent:service_recovery:lex:encore	0.0513
        intent:service_recovery:lex:since tuesday	0.0511
        intent:service_recovery:lex:qualcuno puo	0.051
        intent:service_recovery:lex:someone actually	0.0509
        intent:service_recovery:lex:iemand	0.0505
        intent:service_recovery:lex:qu on	0.0505
        intent:service_recovery:lex:qu	0.0504
        intent:service_recovery:lex:puo	0.0502
        intent:service_recovery:lex:but	0.0498
        intent:service_recovery:lex:resto	0.0496
        intent:service_recovery:lex:a partial	0.0494
        intent:service_recovery:lex:partial	0.0494
        intent:service_recovery:lex:partial refund	0.0494
        intent:service_recovery:lex:in der	0.0491
        intent:service_recovery:lex:cobraron	0.049
        intent:service_recovery:lex:dagen geen	0.0488
        intent:service_recovery:lex:nachsten	0.0488
        intent:service_recovery:lex:nachsten monat	0.0488
        intent:service_recovery:lex:thuis	0.0488
        intent:service_recovery:lex:anos	0.0487
        intent:service_recovery:lex:monat	0.0486
        intent:service_recovery:lex:promesso	0.0483
        intent:service_recovery:lex:llevo	0.0482
        intent:service_recovery:lex:senno	0.0482
        intent:service_recovery:lex:tuesday	0.0482
        intent:service_recovery:lex:cliente da	0.0481
        intent:service_recovery:lex:eine	0.0481
        intent:service_recovery:lex:in casa	0.048
        intent:service_recovery:lex:indietro	0.048
        intent:service_recovery:lex:prende	0.048
        intent:service_recovery:lex:se mi	0.048
        intent:service_recovery:lex:torno indietro	0.048
        intent:service_recovery:lex:hace	0.0479
        intent:service_recovery:lex:mandate	0.0479
        intent:service_recovery:lex:mi mandate	0.0479
        intent:service_recovery:lex:torno	0.0478
        intent:service_recovery:lex:ottimo	0.0476
        intent:service_recovery:lex:technicien	0.0475
        intent:service_recovery:lex:d internet	0.0474
        intent:service_recovery:lex:pas d	0.0474
        intent:service_recovery:lex:konnt	0.0473
        intent:service_recovery:lex:to your	0.0473
        intent:service_recovery:lex:zufrieden	0.0473
        intent:service_recovery:lex:vous	0.0471
        intent:service_recovery:lex:stuur	0.0469
        intent:service_recovery:lex:nog	0.0466
        intent:service_recovery:lex:table	0.0464
        intent:service_recovery:lex:meldet	0.0463
        intent:service_recovery:lex:la cuota	0.0462
        intent:service_recovery:lex:cuota	0.0461
        intent:service_recovery:lex:meldet euch	0.0458
        intent:service_recovery:lex:dopo due	0.0456
        intent:service_recovery:lex:due giorni	0.0456
        intent:service_recovery:lex:giorni	0.0456
        intent:service_recovery:lex:kann	0.0455
        intent:service_recovery:lex:non	0.045
        intent:service_recovery:lex:aqui	0.0449
        intent:service_recovery:lex:missing	0.0449
        intent:service_recovery:lex:to call	0.0448
        intent:service_recovery:lex:vir ver	0.0448
        intent:service_recovery:lex:me cobraron	0.0446
        intent:service_recovery:lex:ar	0.0445
        intent:service_recovery:lex:gostei	0.0445
        intent:service_recovery:lex:gostei do	0.0445
        intent:service_recovery:lex:instalacao	0.0445
        intent:service_recovery:lex:o ar	0.0445
        intent:service_recovery:lex:votre	0.0444
        intent:service_recovery:lex:out	0.0443
        intent:service_recovery:lex:atendimento	0.0442
        intent:service_recovery:lex:baja	0.0442
        intent:service_recovery:lex:cobraron la	0.0442
        intent:service_recovery:lex:de baja	0.0442
        intent:service_recovery:lex:di de	0.0442
        intent:service_recovery:lex:isso	0.0442
        intent:service_recovery:lex:la tarjeta	0.0442
        intent:service_recovery:lex:reintegren	0.0442
        intent:service_recovery:lex:someone to	0.0442
        intent:service_recovery:lex:tarjeta	0.0442
        intent:service_recovery:lex:ver isso	0.0442
        intent:service_recovery:lex:konnt ihr	0.0441
        intent:service_recovery:lex:need	0.0441
        intent:service_recovery:lex:geen	0.044
        intent:service_recovery:lex:me puede	0.044
        intent:service_recovery:lex:a quien	0.0439
        intent:service_recovery:lex:dicen	0.0439
        intent:service_recovery:lex:lleva	0.0439
        intent:service_recovery:lex:quien le	0.0439
        intent:service_recovery:lex:termin	0.0439
        intent:service_recovery:lex:transito	0.0439
        intent:service_recovery:lex:aunque	0.0438
        intent:service_recovery:lex:el paquete	0.0437
        intent:service_recovery:lex:paquete	0.0437
        intent:service_recovery:lex:de volta	0.0436
        intent:service_recovery:lex:where	0.0436
        intent:service_recovery:lex:laten	0.0435
        intent:service_recovery:lex:quien	0.0434
        intent:service_recovery:lex:date de	0.0432
        intent:service_recovery:lex:je veux	0.0432
        intent:service_recovery:lex:potete	0.0431
        intent:service_recovery:lex:to	0.0431
        intent:service_recovery:lex:frio	0.0428
        intent:service_recovery:lex:bag still	0.0427
        intent:service_recovery:lex:still missing	0.0427
        intent:service_recovery:lex:de tandarts	0.0426
        intent:service_recovery:lex:pijn	0.0426
        intent:service_recovery:lex:faltando a	0.0424
        intent:service_recovery:lex:nog even	0.0424
        intent:service_recovery:lex:alguien me	0.0423
        intent:service_recovery:lex:escribo	0.0423
        intent:service_recovery:lex:kleine	0.0423
        intent:service_recovery:lex:ou un	0.0423
        intent:service_recovery:lex:kan de	0.0422
        intent:service_recovery:lex:prezzo	0.0419
        intent:service_recovery:lex:esperando	0.0418
        intent:service_recovery:lex:jemand die	0.0418
        intent:service_recovery:lex:nr	0.0418
        intent:service_recovery:lex:keine	0.0417
        intent:service_recovery:lex:leitung	0.0417
        intent:service_recovery:lex:nix	0.0417
        intent:service_recovery:lex:trotz	0.0417
        intent:service_recovery:lex:cada	0.0416
        intent:service_recovery:lex:domani	0.0415
        intent:service_recovery:lex:sort it	0.0415
        intent:service_recovery:lex:mesi	0.0414
        intent:service_recovery:lex:dem	0.0413
        intent:service_recovery:lex:ayudar	0.0412
        intent:service_recovery:lex:bij jullie	0.0412
        intent:service_recovery:lex:desde	0.0412
        intent:service_recovery:lex:zum	0.0409
        intent:service_recovery:lex:tandarts	0.0407
        intent:service_recovery:lex:and we	0.0406
        intent:service_recovery:lex:fait	0.0406
        intent:service_recovery:lex:keep	0.0406
        intent:service_recovery:lex:no whats	0.0405
        intent:service_recovery:lex:veel	0.0405
        intent:service_recovery:lex:semanas esperando	0.0404
        intent:service_recovery:lex:my bag	0.0403
        intent:service_recovery:lex:puede	0.0403
        intent:service_recovery:lex:heeft	0.0402
        intent:service_recovery:lex:jullie een	0.04
        intent:service_recovery:lex:quero	0.04
        intent:service_recovery:lex:tout	0.04
        intent:service_recovery:lex:these	-0.0401
        intent:service_recovery:lex:moving to	-0.0407
        intent:service_recovery:lex:sich	-0.0407
        intent:service_recovery:lex:e qualcuno	-0.041
        intent:service_recovery:lex:any	-0.0412
        intent:service_recovery:lex:uhr	-0.0412
        intent:service_recovery:lex:free	-0.0416
        intent:service_recovery:lex:cracked	-0.0418
        intent:service_recovery:lex:cosa	-0.0419
        intent:service_recovery:lex:hoje	-0.0419
        intent:service_recovery:lex:mij	-0.0421
        intent:service_recovery:lex:they	-0.0421
        intent:service_recovery:lex:a cracked	-0.0425
        intent:service_recovery:lex:screen	-0.0425
        intent:service_recovery:lex:club	-0.0426
        intent:service_recovery:lex:is it	-0.0427
        intent:service_recovery:lex:can get	-0.0428
        intent:service_recovery:lex:iphone	-0.0428
        intent:service_recovery:lex:much to	-0.0428
        intent:service_recovery:lex:ai	-0.0429
        intent:service_recovery:lex:get me	-0.0429
        intent:service_recovery:lex:fix	-0.0433
        intent:service_recovery:lex:plano	-0.0433
        intent:service_recovery:lex:fin	-0.044
        intent:service_recovery:lex:pour le	-0.0445
        intent:service_recovery:lex:und der	-0.0447
        intent:service_recovery:lex:are	-0.0448
        intent:service_recovery:lex:favor	-0.0448
        intent:service_recovery:lex:explain	-0.0449
        intent:service_recovery:lex:happening	-0.0449
        intent:service_recovery:lex:s happening	-0.0449
        intent:service_recovery:lex:apk	-0.045
        intent:service_recovery:lex:third	-0.045
        intent:service_recovery:lex:third outage	-0.045
        intent:service_recovery:lex:ayer	-0.0451
        intent:service_recovery:lex:someone from	-0.0451
        intent:service_recovery:lex:desde ayer	-0.0456
        intent:service_recovery:lex:direct	-0.0459
        intent:service_recovery:lex:put	-0.0465
        intent:service_recovery:lex:can i	-0.0468
        intent:service_recovery:lex:para	-0.047
        intent:service_recovery:lex:c e	-0.0471
        intent:service_recovery:lex:how much	-0.0475
        intent:service_recovery:lex:much	-0.0475
        intent:service_recovery:lex:gehoord	-0.0477
        intent:service_recovery:lex:niks gehoord	-0.0477
        intent:service_recovery:lex:nog niks	-0.0477
        intent:service_recovery:lex:mailtje	-0.048
        intent:service_recovery:lex:mailtje gestuurd	-0.048
        intent:service_recovery:lex:month	-0.0489
        intent:service_recovery:lex:os	-0.049
        intent:service_recovery:lex:ya	-0.0494
        intent:service_recovery:lex:hoy en	-0.0499
        intent:service_recovery:lex:mi perrita	-0.05
        intent:service_recovery:lex:nao	-0.0504
        intent:service_recovery:lex:de apk	-0.0509
        intent:service_recovery:lex:queremos	-0.051
        intent:service_recovery:lex:a loro	-0.0515
        intent:service_recovery:lex:la stessa	-0.0515
        intent:service_recovery:lex:loro	-0.0515
        intent:service_recovery:lex:non vi	-0.0515
        intent:service_recovery:lex:se non	-0.0515
        intent:service_recovery:lex:stessa	-0.0515
        intent:service_recovery:lex:from	-0.052
        intent:service_recovery:lex:passo a	-0.0522
        intent:service_recovery:lex:meno	-0.0526
        intent:service_recovery:lex:perrita	-0.0529
        intent:service_recovery:lex:den	-0.0531
        intent:service_recovery:lex:otro	-0.0533
        intent:service_recovery:lex:estoy	-0.0553
        intent:service_recovery:lex:terug	-0.0554
        intent:service_recovery:lex:gestuurd	-0.0556
        intent:service_recovery:lex:pro	-0.0568
        intent:service_recovery:lex:anche	-0.0569
        intent:service_recovery:lex:could someone	-0.0576
        intent:service_recovery:lex:probleme	-0.0577
        intent:service_recovery:lex:server	-0.0577
        intent:service_recovery:lex:standorte	-0.0577
        intent:service_recovery:lex:macht	-0.058
        intent:service_recovery:lex:seit wochen	-0.0581
        intent:service_recovery:lex:bei mir	-0.0586
        intent:service_recovery:lex:over de	-0.059
        intent:service_recovery:lex:kann sich	-0.0599
        intent:service_recovery:lex:mir melden	-0.0599
        intent:service_recovery:lex:cara	-0.0602
        intent:service_recovery:lex:da outra	-0.0602
        intent:service_recovery:lex:marzo	-0.0612
        intent:service_recovery:lex:mudo	-0.0616
        intent:service_recovery:lex:proposta	-0.0616
        intent:service_recovery:lex:tenho	-0.0618
        intent:service_recovery:lex:am	-0.0619
        intent:service_recovery:lex:s	-0.0619
        intent:service_recovery:lex:wir haben	-0.0619
        intent:service_recovery:lex:trocar	-0.062
        intent:service_recovery:lex:pa	-0.0633
        intent:service_recovery:lex:passo	-0.0641
        intent:service_recovery:lex:what s	-0.0656
        intent:service_recovery:lex:tel	-0.068
        intent:service_recovery:lex:haben	-0.0683
        intent:service_recovery:lex:up	-0.0685
        intent:service_recovery:lex:les	-0.0687
        intent:service_recovery:lex:rotto	-0.0715
        intent:service_recovery:lex:ja	-0.072
        intent:service_recovery:lex:pode vir	-0.0722
        intent:service_recovery:lex:bel me	-0.0729
        intent:service_recovery:lex:or	-0.0734
        intent:service_recovery:lex:outra	-0.0751
        intent:service_recovery:lex:offre	-0.0756
        intent:service_recovery:lex:euro	-0.0764
        intent:service_recovery:lex:gebeld	-0.0767
        intent:service_recovery:lex:ruft	-0.0768
        intent:service_recovery:lex:ruft mich	-0.0768
        intent:service_recovery:lex:unless you	-0.0768
        intent:service_recovery:lex:cent	-0.0778
        intent:service_recovery:lex:a	-0.0794
        intent:service_recovery:lex:how	-0.08
        intent:service_recovery:lex:la tarde	-0.0806
        intent:service_recovery:lex:maar	-0.0809
        intent:service_recovery:lex:mich an	-0.0815
        intent:service_recovery:lex:niemand	-0.0824
        intent:service_recovery:lex:per	-0.0834
        intent:service_recovery:lex:de casa	-0.0844
        intent:service_recovery:lex:fiquei	-0.0845
        intent:service_recovery:lex:moving	-0.0849
        intent:service_recovery:lex:tarde	-0.0855
        intent:service_recovery:lex:agora	-0.0856
        intent:service_recovery:lex:mich	-0.0856
        intent:service_recovery:lex:en la	-0.0859
        intent:service_recovery:lex:the	-0.0876
        intent:service_recovery:lex:c	-0.0878
        intent:service_recovery:lex:porfa	-0.0884
        intent:service_recovery:lex:over	-0.0958
        intent:service_recovery:lex:como	-0.0988
        intent:service_recovery:lex:an	-0.1006
        intent:service_recovery:lex:what	-0.1006
        intent:service_recovery:lex:fur	-0.1044
        intent:service_recovery:lex:heb	-0.1064
        intent:service_recovery:lex:pour	-0.1067
        intent:service_recovery:lex:you can	-0.1074
        intent:service_recovery:lex:unless	-0.1075
        intent:service_recovery:lex:can	-0.1129
        intent:service_recovery:lex:you	-0.1143
        intent:service_recovery:lex:de	-0.1155
        intent:service_recovery:lex:op	-0.1237
        intent:service_recovery:lex:wir	-0.1301
        intent:service_recovery:lex:for	-0.1421
        intent:service_recovery:lex:in	-0.1564
        intent:service_recovery:lex:mi	-0.1874
        intent:service_recovery:lex:no	-0.2592
        intent:switching:switching	4.255
        intent:switching:current-provider	3.5774
        intent:switching:seeking-replacement	2.5828
        intent:switching:deal-ask	1.3927
        intent:switching:complaint-with-request	1.2113
        intent:switching:conditional-offer	1.1243
        intent:switching:price-word	1.0543
        intent:switching:mention	0.9995
        intent:switching:sign-up	0.966
        intent:switching:availability-ask	0.9392
        intent:switching:rhetorical	0.9201
        intent:switching:price-ask	0.7953
        intent:switching:imperative-request	0.6881
        intent:switching:booking-noun	0.6635
        intent:switching:negated-cue	0.6446
        intent:switching:past	0.4655
        intent:switching:reply	0.4277
        intent:switching:addressed-question	0.3957
        intent:switching:giveaway	0.3833
        intent:switching:(bias)	0.3701
        intent:switching:question	0.3253
        intent:switching:booking-ask	0.3105
        intent:switching:refusal	0.3043
        intent:switching:purchase-topic	0.2885
        intent:switching:review-1-2-stars	0.2603
        intent:switching:laughter	0.2357
        intent:switching:tag-plan	0.2247
        intent:switching:recovery	0.1791
        intent:switching:resolved	0.1552
        intent:switching:multi-tag	0.1496
        intent:switching:need-plan	0.032
        intent:switching:seller-intro	0.0243
        intent:switching:party-size	0.0141
        intent:switching:availability-question	-0.006
        intent:switching:return-booked	-0.0151
        intent:switching:abuse	-0.0324
        intent:switching:non-customer	-0.0335
        intent:switching:callback-promise	-0.0521
        intent:switching:rejection	-0.0589
        intent:switching:purchase-ask	-0.0615
        intent:switching:job-seeker	-0.0712
        intent:switching:timing	-0.073
        intent:switching:contact-sent	-0.1279
        intent:switching:how-much	-0.1584
        intent:switching:off-topic	-0.2127
        intent:switching:curiosity	-0.2318
        intent:switching:review-3-stars	-0.2451
        intent:switching:contact-ask	-0.2606
        intent:switching:future-visit	-0.2696
        intent:switching:stated-in-past	-0.2951
        intent:switching:price-shape	-0.3118
        intent:switching:vendor-pitch	-0.3184
        intent:switching:question-opener	-0.3236
        intent:switching:booking-request	-0.3388
        intent:switching:friend-tag	-0.3461
        intent:switching:long-text	-0.4578
        intent:switching:follower-spam	-0.5082
        intent:switching:review-4-5-stars	-0.5847
        intent:switching:stated-not-asked	-0.6988
        intent:switching:complaint	-0.8551
        intent:switching:sarcasm	-0.9045
        intent:switching:praise	-1.0128
        intent:switching:request	-1.112
        intent:switching:lex:a	0.2837
        intent:switching:lex:estamos	0.2749
        intent:switching:lex:l	0.2591
        intent:switching:lex:with	0.2513
        intent:switching:lex:se	0.2496
        intent:switching:lex:da	0.2446
        intent:switching:lex:ende	0.2446
        intent:switching:lex:ans	0.2423
        intent:switching:lex:mcfit	0.242
        intent:switching:lex:contract	0.2408
        intent:switching:lex:y	0.2383
        intent:switching:lex:estoy	0.2365
        intent:switching:lex:da voi	0.2291
        intent:switching:lex:fazem	0.2285
        intent:switching:lex:voi	0.2129
        intent:switching:lex:marzo	0.2076
        intent:switching:lex:nicht	0.2065
        intent:switching:lex:to	0.204
        intent:switching:lex:club	0.1979
        intent:switching:lex:ai	0.1873
        intent:switching:lex:jamais	0.1869
        intent:switching:lex:nos	0.1859
        intent:switching:lex:moving	0.1813
        intent:switching:lex:depuis	0.179
        intent:switching:lex:chiuso	0.1744
        intent:switching:lex:o	0.1731
        intent:switching:lex:sem	0.1684
        intent:switching:lex:chez	0.1679
        intent:switching:lex:en	0.1672
        intent:switching:lex:mir	0.1672
        intent:switching:lex:im	0.1664
        intent:switching:lex:fin	0.1658
        intent:switching:lex:our	0.1647
        intent:switching:lex:siempre	0.1644
        intent:switching:lex:avec	0.1641
        intent:switching:lex:estan	0.1629
        intent:switching:lex:mais	0.1629
        intent:switching:lex:what	0.1614
        intent:switching:lex:ustedes	0.1583
        intent:switching:lex:month	0.1576
        intent:switching:lex:fechou	0.1552
        intent:switching:lex:ha	0.1533
        intent:switching:lex:a fine	0.1524
        intent:switching:lex:and	0.1521
        intent:switching:lex:me	0.1497
        intent:switching:lex:quoi	0.1487
        intent:switching:lex:mehr	0.1486
        intent:switching:lex:franchement	0.1479
        intent:switching:lex:fine	0.147
        intent:switching:lex:con	0.1432
        intent:switching:lex:graz	0.1429
        intent:switching:lex:que	0.1428
        intent:switching:lex:unless	0.1419
        intent:switching:lex:nao	0.1392
        intent:switching:lex:o meu	0.139
        intent:switching:lex:fate	0.1387
        intent:switching:lex:nossa	0.1381
        intent:switching:lex:zu	0.1379
        intent:switching:lex:went	0.1378
        intent:switching:lex:proposta	0.1371
        intent:switching:lex:to you	0.1361
        intent:switching:lex:gone	0.1356
        intent:switching:lex:nach	0.1356
        intent:switching:lex:ca	0.1355
        intent:switching:lex:demo	0.1349
        intent:switching:lex:votre	0.1338
        intent:switching:lex:sempre	0.1329
        intent:switching:lex:zona	0.1327
        intent:switching:lex:com	0.1325
        intent:switching:lex:outra	0.1308
        intent:switching:lex:ca fait	0.1301
        intent:switching:lex:over	0.1293
        intent:switching:lex:und	0.1255
        intent:switching:lex:ihr	0.1248
        intent:switching:lex:vence	0.1248
        intent:switching:lex:ha chiuso	0.1238
        intent:switching:lex:changer	0.1233
        intent:switching:lex:j	0.1226
        intent:switching:lex:nach graz	0.1214
        intent:switching:lex:il vostro	0.1213
        intent:switching:lex:en enero	0.121
        intent:switching:lex:vostro	0.1207
        intent:switching:lex:ends	0.1204
        intent:switching:lex:het	0.1192
        intent:switching:lex:zu euch	0.1174
        intent:switching:lex:wordt	0.1166
        intent:switching:lex:personne	0.1163
        intent:switching:lex:geht	0.1161
        intent:switching:lex:voll	0.1161
        intent:switching:lex:abbonamento	0.1159
        intent:switching:lex:l abbonamento	0.1159
        intent:switching:lex:nhs	0.1142
        intent:switching:lex:mir zu	0.1138
        intent:switching:lex:thinking	0.1138
        intent:switching:lex:thinking of	0.1138
        intent:switching:lex:annuale	0.1136
        intent:switching:lex:y la	0.1127
        intent:switching:lex:profe	0.1126
        intent:switching:lex:are	0.1122
        intent:switching:lex:mudamos	0.1122
        intent:switching:lex:mudamos a	0.1122
        intent:switching:lex:nos mudamos	0.1122
        intent:switching:lex:cada	0.1115
        intent:switching:lex:neuen	0.1114
        intent:switching:lex:mois	0.1105
        intent:switching:lex:ano	0.1101
        intent:switching:lex:have	0.1098
        intent:switching:lex:private	0.1097
        intent:switching:lex:que e	0.1096
        intent:switching:lex:at	0.109
        intent:switching:lex:pero	0.1089
        intent:switching:lex:will	0.1078
        intent:switching:lex:ma	0.1075
        intent:switching:lex:enero	0.1063
        intent:switching:lex:todo	0.1063
        intent:switching:lex:vor	0.1062
        intent:switching:lex:bust	0.1059
        intent:switching:lex:fait	0.1053
        intent:switching:lex:probetraining	0.1049
        intent:switching:lex:venue	0.1046
        intent:switching:lex:wedding is	0.104
        intent:switching:lex:e a	0.1039
        intent:switching:lex:ends in	0.1037
        intent:switching:lex:este	0.1037
        intent:switching:lex:otro	0.1033
        intent:switching:lex:unser	0.1029
        intent:switching:lex:usamos	0.1029
        intent:switching:lex:contract with	0.1026
        intent:switching:lex:kundigung	0.1025
        intent:switching:lex:march and	0.1025
        intent:switching:lex:einen neuen	0.1021
        intent:switching:lex:mes	0.1019
        intent:switching:lex:la	0.1015
        intent:switching:lex:domicilio	0.1014
        intent:switching:lex:carne	0.1012
        intent:switching:lex:onde	0.1012
        intent:switching:lex:em matosinhos	0.1009
        intent:switching:lex:matosinhos	0.1009
        intent:switching:lex:ne repond	0.1009
        intent:switching:lex:repond	0.1009
        intent:switching:lex:se termine	0.1008
        intent:switching:lex:termine	0.1008
        intent:switching:lex:sohn	0.1006
        intent:switching:lex:fin juin	0.1004
        intent:switching:lex:termine fin	0.1004
        intent:switching:lex:y me	0.0998
        intent:switching:lex:plus	0.0997
        intent:switching:lex:teneis	0.0997
        intent:switching:lex:notre contrat	0.0996
        intent:switching:lex:queda	0.0993
        intent:switching:lex:estoy en	0.0992
        intent:switching:lex:en marzo	0.099
        intent:switching:lex:ne	0.0988
        intent:switching:lex:mese	0.0985
        intent:switching:lex:e fiquei	0.0984
        intent:switching:lex:fine mese	0.098
        intent:switching:lex:funciona	0.098
        intent:switching:lex:como funciona	0.0979
        intent:switching:lex:acaba	0.0977
        intent:switching:lex:galere	0.0977
        intent:switching:lex:coimbra	0.0976
        intent:switching:lex:contrato	0.0975
        intent:switching:lex:personne ne	0.0973
        intent:switching:lex:hiked	0.0972
        intent:switching:lex:quanto costa	0.0968
        intent:switching:lex:teamsystem	0.0967
        intent:switching:lex:offre	0.0965
        intent:switching:lex:still have	0.0958
        intent:switching:lex:it again	0.0957
        intent:switching:lex:you guys	0.0957
        intent:switching:lex:basic	0.0951
        intent:switching:lex:basic fit	0.0951
        intent:switching:lex:aviso	0.0948
        intent:switching:lex:but	0.0948
        intent:switching:lex:sem aviso	0.0948
        intent:switching:lex:trocar	0.0947
        intent:switching:lex:current	0.0945
        intent:switching:lex:pensando	0.0945
        intent:switching:lex:moving to	0.0942
        intent:switching:lex:entregas	0.0939
        intent:switching:lex:fazem entregas	0.0939
        intent:switching:lex:dia	0.0934
        intent:switching:lex:unless you	0.0934
        intent:switching:lex:tres	0.0928
        intent:switching:lex:we	0.0926
        intent:switching:lex:vous avez	0.0922
        intent:switching:lex:die kundigung	0.0913
        intent:switching:lex:mi	0.0913
        intent:switching:lex:sur votre	0.0913
        intent:switching:lex:tienen	0.0913
        intent:switching:lex:je change	0.091
        intent:switching:lex:costa	0.0909
        intent:switching:lex:fit	0.0907
        intent:switching:lex:lauft	0.0905
        intent:switching:lex:wie	0.0903
        intent:switching:lex:semaines	0.0902
        intent:switching:lex:change	0.09
        intent:switching:lex:j ai	0.09
        intent:switching:lex:fiduciaire	0.0898
        intent:switching:lex:o que	0.0894
        intent:switching:lex:in march	0.0892
        intent:switching:lex:notre	0.0892
        intent:switching:lex:you can	0.089
        intent:switching:lex:em	0.0888
        intent:switching:lex:guys	0.0887
        intent:switching:lex:lohn	0.0887
        intent:switching:lex:kommen	0.0885
        intent:switching:lex:l hiver	0.0883
        intent:switching:lex:lauft ende	0.0883
        intent:switching:lex:are you	0.0877
        intent:switching:lex:steuerberater	0.0877
        intent:switching:lex:mais les	0.0863
        intent:switching:lex:toute	0.0862
        intent:switching:lex:os	0.0861
        intent:switching:lex:march	0.0851
        intent:switching:lex:passou	0.085
        intent:switching:lex:prochain	0.085
        intent:switching:lex:schnell	0.085
        intent:switching:lex:euch	0.0847
        intent:switching:lex:restaurante	0.0846
        intent:switching:lex:honestly	0.0845
        intent:switching:lex:bi	0.0843
        intent:switching:lex:wedding	0.0841
        intent:switching:lex:ans mais	0.084
        intent:switching:lex:on aimerait	0.0839
        intent:switching:lex:puis	0.0839
        intent:switching:lex:puis je	0.0839
        intent:switching:lex:qui puis	0.0839
        intent:switching:lex:comprar	0.0836
        intent:switching:lex:para o	0.0835
        intent:switching:lex:encore de	0.0833
        intent:switching:lex:contrat	0.0832
        intent:switching:lex:aimerait	0.0828
        intent:switching:lex:me estoy	0.0828
        intent:switching:lex:ya van	0.0826
        intent:switching:lex:ano y	0.0825
        intent:switching:lex:euro	0.0825
        intent:switching:lex:avec une	0.0824
        intent:switching:lex:voces	0.0823
        intent:switching:lex:nicht mehr	0.0819
        intent:switching:lex:nous sommes	0.0819
        intent:switching:lex:sommes	0.0819
        intent:switching:lex:a sherbrooke	0.0817
        intent:switching:lex:sherbrooke	0.0817
        intent:switching:lex:mon	0.0814
        intent:switching:lex:je contacter	0.081
        intent:switching:lex:moeten	0.081
        intent:switching:lex:sair	0.0809
        intent:switching:lex:patients	0.0807
        intent:switching:lex:mudo	0.0805
        intent:switching:lex:up to	0.0803
        intent:switching:lex:import	0.0802
        intent:switching:lex:date	0.0798
        intent:switching:lex:este ano	0.0796
        intent:switching:lex:il nostro	0.0794
        intent:switching:lex:fijo	0.0791
        intent:switching:lex:nostro	0.0791
        intent:switching:lex:fiquei	0.0788
        intent:switching:lex:cent	0.0787
        intent:switching:lex:ruft	0.0787
        intent:switching:lex:ruft mich	0.0787
        intent:switching:lex:condominio	0.0786
        intent:switching:lex:che	0.0785
        intent:switching:lex:aan	0.0783
        intent:switching:lex:vuestra	0.078
        intent:switching:lex:com a	0.0779
        intent:switching:lex:mein	0.0778
        intent:switching:lex:an	0.0776
        intent:switching:lex:a month	0.0775
        intent:switching:lex:their	0.0774
        intent:switching:lex:empresa que	0.0772
        intent:switching:lex:ya no	0.0772
        intent:switching:lex:dejar	0.0771
        intent:switching:lex:o nosso	0.077
        intent:switching:lex:another	0.0769
        intent:switching:lex:come to	0.0768
        intent:switching:lex:deixa	0.0768
        intent:switching:lex:vez	0.0767
        intent:switching:lex:calls	0.0766
        intent:switching:lex:a los	0.0765
        intent:switching:lex:and it	0.0765
        intent:switching:lex:chicos	0.0765
        intent:switching:lex:donde	0.0765
        intent:switching:lex:meses	0.0765
        intent:switching:lex:june	0.0764
        intent:switching:lex:de siempre	0.076
        intent:switching:lex:y ya	0.076
        intent:switching:lex:pase	0.0759
        intent:switching:lex:pase libre	0.0759
        intent:switching:lex:la facture	0.0758
        intent:switching:lex:nuestra	0.0758
        intent:switching:lex:cupo	0.0755
        intent:switching:lex:cupo en	0.0755
        intent:switching:lex:meio	0.0754
        intent:switching:lex:dropped	0.0746
        intent:switching:lex:hort	0.0744
        intent:switching:lex:bar	0.0743
        intent:switching:lex:ci	0.074
        intent:switching:lex:corto	0.074
        intent:switching:lex:corto con	0.074
        intent:switching:lex:holded	0.074
        intent:switching:lex:nen	0.074
        intent:switching:lex:nos queda	0.074
        intent:switching:lex:queda corto	0.074
        intent:switching:lex:us	0.074
        intent:switching:lex:ci trasferiamo	0.0739
        intent:switching:lex:marzo e	0.0739
        intent:switching:lex:trasferiamo	0.0739
        intent:switching:lex:trasferiamo a	0.0739
        intent:switching:lex:chamberi	0.0737
        intent:switching:lex:gym	0.0734
        intent:switching:lex:it s	0.0734
        intent:switching:lex:avant	0.0733
        intent:switching:lex:e sempre	0.0733
        intent:switching:lex:fur ein	0.0733
        intent:switching:lex:vcs	0.0733
        intent:switching:lex:da nossa	0.0729
        intent:switching:lex:cambian	0.0728
        intent:switching:lex:manutencao	0.0727
        intent:switching:lex:nosso	0.0727
        intent:switching:lex:sacar	0.0727
        intent:switching:lex:scade	0.0723
        intent:switching:lex:zona de	0.0722
        intent:switching:lex:explose	0.0719
        intent:switching:lex:mi ha	0.0719
        intent:switching:lex:forniture	0.0717
        intent:switching:lex:juin	0.0717
        intent:switching:lex:san	0.0717
        intent:switching:lex:un bar	0.0716
        intent:switching:lex:proposez	0.0715
        intent:switching:lex:ziehen	0.0713
        intent:switching:lex:we verhuizen	0.0712
        intent:switching:lex:pac	0.0711
        intent:switching:lex:pac code	0.0711
        intent:switching:lex:procuramos	0.0711
        intent:switching:lex:passe	0.071
        intent:switching:lex:o senhor	0.0709
        intent:switching:lex:senhor	0.0709
        intent:switching:lex:a lausanne	0.0708
        intent:switching:lex:just	0.0708
        intent:switching:lex:verhuizen	0.0708
        intent:switching:lex:il mio	0.0706
        intent:switching:lex:della	0.0705
        intent:switching:lex:in zona	0.0705
        intent:switching:lex:meu	0.0704
        intent:switching:lex:sei	0.0698
        intent:switching:lex:contacter	0.0697
        intent:switching:lex:dentist	0.0697
        intent:switching:lex:lausanne	0.0696
        intent:switching:lex:mich an	0.0696
        intent:switching:lex:con la	0.0694
        intent:switching:lex:verhuizen in	0.0693
        intent:switching:lex:ab janner	0.0688
        intent:switching:lex:bekommen	0.0688
        intent:switching:lex:dispo a	0.0688
        intent:switching:lex:etes dispo	0.0688
        intent:switching:lex:habt s	0.0688
        intent:switching:lex:kapazitaten	0.0688
        intent:switching:lex:physio	0.0688
        intent:switching:lex:und die	0.0687
        intent:switching:lex:fur manuelle	0.0686
        intent:switching:lex:je	0.0686
        intent:switching:lex:manuelle	0.0686
        intent:switching:lex:manuelle therapie	0.0686
        intent:switching:lex:therapie	0.0686
        intent:switching:lex:et	0.0685
        intent:switching:lex:werkt	0.0684
        intent:switching:lex:fisio	0.0683
        intent:switching:lex:het hele	0.0682
        intent:switching:lex:hiver	0.0682
        intent:switching:lex:utrecht en	0.0682
        intent:switching:lex:ya	0.0682
        intent:switching:lex:again	0.068
        intent:switching:lex:wird	0.068
        intent:switching:lex:to come	0.0679
        intent:switching:lex:fibra	0.0677
        intent:switching:lex:backer	0.0675
        intent:switching:lex:el seguro	0.0675
        intent:switching:lex:otra en	0.0675
        intent:switching:lex:seguro del	0.0675
        intent:switching:lex:semmeln	0.0675
        intent:switching:lex:taglich	0.0675
        intent:switching:lex:en de	0.0674
        intent:switching:lex:gezin	0.0674
        intent:switching:lex:third	0.0673
        intent:switching:lex:bietet	0.0672
        intent:switching:lex:bietet mir	0.0672
        intent:switching:lex:ihr nicht	0.0672
        intent:switching:lex:weniger	0.0672
        intent:switching:lex:wenn ihr	0.0672
        intent:switching:lex:nemen jullie	0.0671
        intent:switching:lex:nieuwe patienten	0.0671
        intent:switching:lex:nog nieuwe	0.0671
        intent:switching:lex:patienten aan	0.0671
        intent:switching:lex:third outage	0.0671
        intent:switching:lex:in feb	0.067
        intent:switching:lex:e preciso	0.0669
        intent:switching:lex:esame	0.0669
        intent:switching:lex:gratuito	0.0669
        intent:switching:lex:laden	0.0669
        intent:switching:lex:zijn	0.0669
        intent:switching:lex:bottiglie	0.0668
        intent:switching:lex:occhiali	0.0668
        intent:switching:lex:praxis	0.0668
        intent:switching:lex:our current	0.0666
        intent:switching:lex:abo	0.0665
        intent:switching:lex:facture	0.0665
        intent:switching:lex:mas os	0.0665
        intent:switching:lex:plataforma	0.0665
        intent:switching:lex:semestre	0.0665
        intent:switching:lex:feb	0.0664
        intent:switching:lex:februari	0.0664
        intent:switching:lex:in februari	0.0664
        intent:switching:lex:me to	0.0664
        intent:switching:lex:se nos	0.066
        intent:switching:lex:janner	0.0659
        intent:switching:lex:la otra	0.0658
        intent:switching:lex:duurder	0.0657
        intent:switching:lex:o preco	0.0656
        intent:switching:lex:new	0.0655
        intent:switching:lex:a joke	0.0654
        intent:switching:lex:joke	0.0654
        intent:switching:lex:sociedades	0.0653
        intent:switching:lex:a nossa	0.0652
        intent:switching:lex:antiga	0.0652
        intent:switching:lex:assinatura	0.0652
        intent:switching:lex:nos para	0.0652
        intent:switching:lex:van jullie	0.0651
        intent:switching:lex:im marz	0.065
        intent:switching:lex:nuovi	0.065
        intent:switching:lex:por privado	0.065
        intent:switching:lex:vinos	0.0649
        intent:switching:lex:haceis	0.0646
        intent:switching:lex:liefert	0.0646
        intent:switching:lex:liefert ihr	0.0646
        intent:switching:lex:ver una	0.0646
        intent:switching:lex:plano	0.0644
        intent:switching:lex:seguro	0.0644
        intent:switching:lex:nemen	0.0643
        intent:switching:lex:vista	0.0643
        intent:switching:lex:estao	0.0642
        intent:switching:lex:avez encore	0.0641
        intent:switching:lex:gli	0.064
        intent:switching:lex:whole family	0.0639
        intent:switching:lex:cuenta	0.0638
        intent:switching:lex:family	0.0638
        intent:switching:lex:whole	0.0638
        intent:switching:lex:jahr	0.0636
        intent:switching:lex:gibts	0.0634
        intent:switching:lex:quanto ci	0.0634
        intent:switching:lex:pour l	0.0632
        intent:switching:lex:qui	0.0631
        intent:switching:lex:sur	0.0631
        intent:switching:lex:e	0.063
        intent:switching:lex:april	0.0628
        intent:switching:lex:auch	0.0628
        intent:switching:lex:done with	0.0626
        intent:switching:lex:escribo por	0.0626
        intent:switching:lex:em janeiro	0.0625
        intent:switching:lex:meine	0.0625
        intent:switching:lex:verordnung	0.0625
        intent:switching:lex:os escribo	0.0624
        intent:switching:lex:up	0.0623
        intent:switching:lex:wie funktioniert	0.0622
        intent:switching:lex:is a	0.0621
        intent:switching:lex:ist mir	0.0618
        intent:switching:lex:teuer	0.0618
        intent:switching:lex:teuer und	0.0618
        intent:switching:lex:zu teuer	0.0618
        intent:switching:lex:primavera	0.0617
        intent:switching:lex:a loro	0.0616
        intent:switching:lex:accettate	0.0616
        intent:switching:lex:dentista	0.0616
        intent:switching:lex:famiglia	0.0616
        intent:switching:lex:loro	0.0616
        intent:switching:lex:non vi	0.0616
        intent:switching:lex:pazienti	0.0616
        intent:switching:lex:scade a	0.0616
        intent:switching:lex:tim	0.0616
        intent:switching:lex:explain	0.0615
        intent:switching:lex:happening	0.0615
        intent:switching:lex:la stessa	0.0615
        intent:switching:lex:s happening	0.0615
        intent:switching:lex:stessa	0.0615
        intent:switching:lex:con tim	0.0614
        intent:switching:lex:la portabilita	0.0614
        intent:switching:lex:portabilita	0.0614
        intent:switching:lex:they	0.0614
        intent:switching:lex:fin de	0.0613
        intent:switching:lex:fate anche	0.0612
        intent:switching:lex:im april	0.0612
        intent:switching:lex:cobrem	0.0611
        intent:switching:lex:vcs cobrem	0.0611
        intent:switching:lex:preco	0.061
        intent:switching:lex:preciso	0.0609
        intent:switching:lex:qu on	0.0608
        intent:switching:lex:a new	0.0606
        intent:switching:lex:af	0.0606
        intent:switching:lex:da outra	0.0606
        intent:switching:lex:hele	0.0606
        intent:switching:lex:privado	0.0606
        intent:switching:lex:cara	0.0602
        intent:switching:lex:and the	0.0601
        intent:switching:lex:moving my	0.0601
        intent:switching:lex:ao	0.06
        intent:switching:lex:e mi	0.06
        intent:switching:lex:mi serve	0.06
        intent:switching:lex:the whole	0.06
        intent:switching:lex:weekly	0.06
        intent:switching:lex:para	0.0599
        intent:switching:lex:voor het	0.0599
        intent:switching:lex:painless	0.0598
        intent:switching:lex:will need	0.0597
        intent:switching:lex:na	0.0596
        intent:switching:lex:can get	0.0594
        intent:switching:lex:passo a	0.0594
        intent:switching:lex:eind	0.0593
        intent:switching:lex:jullie nog	0.0593
        intent:switching:lex:en we	0.0592
        intent:switching:lex:patienten	0.0592
        intent:switching:lex:proximo	0.0592
        intent:switching:lex:suchen	0.0592
        intent:switching:lex:club del	0.0591
        intent:switching:lex:funktioniert	0.059
        intent:switching:lex:ogni	0.059
        intent:switching:lex:se non	0.059
        intent:switching:lex:serve un	0.059
        intent:switching:lex:to leeds	0.059
        intent:switching:lex:per un	0.0586
        intent:switching:lex:libre	0.0584
        intent:switching:lex:a otro	0.0583
        intent:switching:lex:get me	0.0583
        intent:switching:lex:la cuenta	0.0583
        intent:switching:lex:ready	0.0583
        intent:switching:lex:s ihr	0.0582
        intent:switching:lex:tandarts	0.0581
        intent:switching:lex:alguien q	0.0579
        intent:switching:lex:banco	0.0577
        intent:switching:lex:escribo	0.0577
        intent:switching:lex:vino	0.0576
        intent:switching:lex:vous etes	0.0575
        intent:switching:lex:you	0.0575
        intent:switching:lex:we zitten	0.0574
        intent:switching:lex:rifare	0.0573
        intent:switching:lex:wenn	0.0572
        intent:switching:lex:barbeiro	0.057
        intent:switching:lex:cai	0.057
        intent:switching:lex:gonna	0.057
        intent:switching:lex:honestly done	0.057
        intent:switching:lex:mas	0.057
        intent:switching:lex:assistenza	0.0569
        intent:switching:lex:che ci	0.0569
        intent:switching:lex:e voltou	0.0568
        intent:switching:lex:em braga	0.0568
        intent:switching:lex:o contrato	0.0568
        intent:switching:lex:zitten	0.0568
        intent:switching:lex:von	0.0566
        intent:switching:lex:by friday	0.0564
        intent:switching:lex:pasame	0.0564
        intent:switching:lex:vivo	0.0564
        intent:switching:lex:datev	0.0561
        intent:switching:lex:mit datev	0.0561
        intent:switching:lex:sind mit	0.0561
        intent:switching:lex:stappen	0.0561
        intent:switching:lex:barbearia	0.0559
        intent:switching:lex:a internet	0.0558
        intent:switching:lex:cai todo	0.0558
        intent:switching:lex:de la	0.0558
        intent:switching:lex:internet cai	0.0558
        intent:switching:lex:todo dia	0.0558
        intent:switching:lex:vivo e	0.0558
        intent:switching:lex:k	0.0556
        intent:switching:lex:duur	0.0555
        intent:switching:lex:meno	0.0555
        intent:switching:lex:te duur	0.0555
        intent:switching:lex:someone	0.0554
        intent:switching:lex:el basic	0.0552
        intent:switching:lex:pedido	0.0552
        intent:switching:lex:zitten nu	0.0551
        intent:switching:lex:marz	0.055
        intent:switching:lex:outage	0.055
        intent:switching:lex:outage this	0.055
        intent:switching:lex:personio	0.055
        intent:switching:lex:cosa	0.0549
        intent:switching:lex:exact	0.0549
        intent:switching:lex:glucklich	0.0547
        intent:switching:lex:goes	0.0547
        intent:switching:lex:with the	0.0545
        intent:switching:lex:achete	0.0543
        intent:switching:lex:ai achete	0.0543
        intent:switching:lex:attente	0.0543
        intent:switching:lex:d attente	0.0543
        intent:switching:lex:leur	0.0543
        intent:switching:lex:semaines d	0.0543
        intent:switching:lex:velo	0.0543
        intent:switching:lex:estamos a	0.0542
        intent:switching:lex:nur	0.0542
        intent:switching:lex:dort	0.0541
        intent:switching:lex:gratis este	0.0541
        intent:switching:lex:matricula gratis	0.0541
        intent:switching:lex:teneis matricula	0.0541
        intent:switching:lex:wir suchen	0.0541
        intent:switching:lex:immer	0.054
        intent:switching:lex:gratis	0.0539
        intent:switching:lex:bluefit	0.0538
        intent:switching:lex:een demo	0.0538
        intent:switching:lex:exact maar	0.0538
        intent:switching:lex:maar het	0.0538
        intent:switching:lex:moment	0.0538
        intent:switching:lex:na bluefit	0.0538
        intent:switching:lex:nu op	0.0538
        intent:switching:lex:q me	0.0538
        intent:switching:lex:the moment	0.0538
        intent:switching:lex:fine anno	0.0533
        intent:switching:lex:mensalidade	0.0533
        intent:switching:lex:fattura	0.0532
        intent:switching:lex:a marzo	0.0531
        intent:switching:lex:coaching	0.0531
        intent:switching:lex:deles	0.053
        intent:switching:lex:una demo	0.053
        intent:switching:lex:auto	0.0529
        intent:switching:lex:jaar	0.0529
        intent:switching:lex:yours	0.0529
        intent:switching:lex:c est	0.0527
        intent:switching:lex:entro	0.0527
        intent:switching:lex:qu	0.0527
        intent:switching:lex:braga	0.0526
        intent:switching:lex:contrato acaba	0.0526
        intent:switching:lex:the weekly	0.0526
        intent:switching:lex:el mes	0.0525
        intent:switching:lex:tutta la	0.0525
        intent:switching:lex:it	0.0523
        intent:switching:lex:alguem de	0.0522
        intent:switching:lex:krijgen	0.0522
        intent:switching:lex:depuis des	0.0521
        intent:switching:lex:fa	0.0521
        intent:switching:lex:they ve	0.0521
        intent:switching:lex:club de	0.052
        intent:switching:lex:chi ci	0.0519
        intent:switching:lex:chez vous	0.0516
        intent:switching:lex:la caldaia	0.0516
        intent:switching:lex:tutta	0.0515
        intent:switching:lex:service	0.0513
        intent:switching:lex:etes	0.051
        intent:switching:lex:puregym	0.051
        intent:switching:lex:s	0.051
        intent:switching:lex:atelier	0.0509
        intent:switching:lex:do u	0.0508
        intent:switching:lex:abonnement	0.0507
        intent:switching:lex:stiamo	0.0507
        intent:switching:lex:but they	0.0506
        intent:switching:lex:ho chiuso	0.0506
        intent:switching:lex:oder nur	0.0505
        intent:switching:lex:e il	0.0504
        intent:switching:lex:done	0.0503
        intent:switching:lex:nhs patients	0.0503
        intent:switching:lex:brands	0.0501
        intent:switching:lex:wegen der	0.0499
        intent:switching:lex:with another	0.0499
        intent:switching:lex:i m	0.0497
        intent:switching:lex:steeds	0.0497
        intent:switching:lex:another practice	0.0496
        intent:switching:lex:tres semanas	0.0496
        intent:switching:lex:nouveau	0.0495
        intent:switching:lex:un nouveau	0.0495
        intent:switching:lex:m gone	0.0494
        intent:switching:lex:der	0.0492
        intent:switching:lex:anni ma	0.0491
        intent:switching:lex:franchement le	0.049
        intent:switching:lex:ca donne	0.0489
        intent:switching:lex:demenage a	0.0489
        intent:switching:lex:donne	0.0489
        intent:switching:lex:et ils	0.0489
        intent:switching:lex:formule	0.0489
        intent:switching:lex:ils	0.0489
        intent:switching:lex:ils ont	0.0489
        intent:switching:lex:ont	0.0489
        intent:switching:lex:caldaia	0.0488
        intent:switching:lex:e o	0.0488
        intent:switching:lex:ik een	0.0487
        intent:switching:lex:janeiro	0.0487
        intent:switching:lex:fees	0.0485
        intent:switching:lex:non	0.0485
        intent:switching:lex:panne	0.0485
        intent:switching:lex:to another	0.0485
        intent:switching:lex:unless someone	0.0485
        intent:switching:lex:af en	0.0484
        intent:switching:lex:gestegen	0.0484
        intent:switching:lex:minha	0.0484
        intent:switching:lex:ort	0.0484
        intent:switching:lex:prijzen	0.0484
        intent:switching:lex:prijzen zijn	0.0484
        intent:switching:lex:verso	0.0484
        intent:switching:lex:vor ort	0.0484
        intent:switching:lex:you still	0.0483
        intent:switching:lex:at the	0.048
        intent:switching:lex:de nouveaux	0.048
        intent:switching:lex:dentiste	0.048
        intent:switching:lex:nouveaux	0.048
        intent:switching:lex:petit	0.048
        intent:switching:lex:toute la	0.048
        intent:switching:lex:aout	0.0479
        intent:switching:lex:en aout	0.0479
        intent:switching:lex:prenez les	0.0479
        intent:switching:lex:with puregym	0.0478
        intent:switching:lex:este mes	0.0477
        intent:switching:lex:acaba em	0.0476
        intent:switching:lex:de l	0.0476
        intent:switching:lex:loopt	0.0476
        intent:switching:lex:utrecht	0.0476
        intent:switching:lex:l abonnement	0.0475
        intent:switching:lex:serve	0.0474
        intent:switching:lex:zijn met	0.0474
        intent:switching:lex:ja	0.0471
        intent:switching:lex:cafe	0.0469
        intent:switching:lex:juni	0.0469
        intent:switching:lex:ma non	0.0469
        intent:switching:lex:nunca	0.0469
        intent:switching:lex:you for	0.0469
        intent:switching:lex:o plano	0.0467
        intent:switching:lex:trago	0.0467
        intent:switching:lex:practice	0.0466
        intent:switching:lex:que viene	0.0466
        intent:switching:lex:centro	0.0464
        intent:switching:lex:piu	0.0462
        intent:switching:lex:een vast	0.0461
        intent:switching:lex:euro per	0.0461
        intent:switching:lex:ja nao	0.0461
        intent:switching:lex:raus	0.0461
        intent:switching:lex:vattenfall	0.0461
        intent:switching:lex:anders	0.0458
        intent:switching:lex:quanto	0.0458
        intent:switching:lex:abril	0.0456
        intent:switching:lex:met de	0.0456
        intent:switching:lex:cambiar	0.0455
        intent:switching:lex:igualais	0.0455
        intent:switching:lex:igualais el	0.0455
        intent:switching:lex:me igualais	0.0455
        intent:switching:lex:precio me	0.0455
        intent:switching:lex:minas	0.0453
        intent:switching:lex:pao	0.0453
        intent:switching:lex:a torino	0.0452
        intent:switching:lex:atendem no	0.0452
        intent:switching:lex:la famille	0.0452
        intent:switching:lex:torino	0.0452
        intent:switching:lex:bin	0.0451
        intent:switching:lex:deja	0.0451
        intent:switching:lex:jubila	0.0451
        intent:switching:lex:per maand	0.0451
        intent:switching:lex:se jubila	0.0451
        intent:switching:lex:herencia	0.0449
        intent:switching:lex:keine	0.0449
        intent:switching:lex:quero	0.0449
        intent:switching:lex:tema de	0.0449
        intent:switching:lex:demenage	0.0448
        intent:switching:lex:elettronica	0.0448
        intent:switching:lex:je pars	0.0447
        intent:switching:lex:pars	0.0447
        intent:switching:lex:que lo	0.0447
        intent:switching:lex:a promocao	0.0446
        intent:switching:lex:besoin d	0.0446
        intent:switching:lex:el precio	0.0446
        intent:switching:lex:mandaram	0.0446
        intent:switching:lex:vast	0.0444
        intent:switching:lex:alternativas	0.0443
        intent:switching:lex:furs	0.0443
        intent:switching:lex:vai	0.0443
        intent:switching:lex:encima	0.0441
        intent:switching:lex:mirando	0.0441
        intent:switching:lex:y encima	0.0441
        intent:switching:lex:tema	0.0439
        intent:switching:lex:niet	0.0436
        intent:switching:lex:possiamo	0.0435
        intent:switching:lex:la rodilla	0.0433
        intent:switching:lex:me een	0.0433
        intent:switching:lex:rodilla	0.0433
        intent:switching:lex:you do	0.0433
        intent:switching:lex:always	0.0431
        intent:switching:lex:me da	0.0431
        intent:switching:lex:wine	0.0428
        intent:switching:lex:fechar	0.0427
        intent:switching:lex:s your	0.0427
        intent:switching:lex:doen	0.0424
        intent:switching:lex:downhill	0.0424
        intent:switching:lex:empresa	0.0424
        intent:switching:lex:giving	0.0424
        intent:switching:lex:gone downhill	0.0424
        intent:switching:lex:has gone	0.0424
        intent:switching:lex:have gone	0.0424
        intent:switching:lex:instead	0.0424
        intent:switching:lex:and is	0.0423
        intent:switching:lex:wegen	0.0423
        intent:switching:lex:no porto	0.0422
        intent:switching:lex:dienstleister	0.0421
        intent:switching:lex:anni e	0.042
        intent:switching:lex:een nieuwe	0.042
        intent:switching:lex:uno	0.042
        intent:switching:lex:has	0.0419
        intent:switching:lex:besoin	0.0418
        intent:switching:lex:depois de	0.0418
        intent:switching:lex:next month	0.0417
        intent:switching:lex:ur	0.0417
        intent:switching:lex:attuale	0.0416
        intent:switching:lex:its	0.0416
        intent:switching:lex:konnt ihr	0.0416
        intent:switching:lex:reagiert	0.0416
        intent:switching:lex:start	0.0416
        intent:switching:lex:reagiert nicht	0.0412
        intent:switching:lex:use	0.0412
        intent:switching:lex:d un	0.0411
        intent:switching:lex:en otro	0.041
        intent:switching:lex:pero las	0.041
        intent:switching:lex:konnt	0.0408
        intent:switching:lex:fica	0.0407
        intent:switching:lex:botanico	0.0405
        intent:switching:lex:famille	0.0405
        intent:switching:lex:jardim botanico	0.0405
        intent:switching:lex:no jardim	0.0405
        intent:switching:lex:asi	0.0403
        intent:switching:lex:promocao	0.0402
        intent:switching:lex:since	-0.04
        intent:switching:lex:voor	-0.0402
        intent:switching:lex:in de	-0.0403
        intent:switching:lex:actually	-0.0404
        intent:switching:lex:man bei	-0.0404
        intent:switching:lex:or is	-0.0405
        intent:switching:lex:la tarde	-0.0407
        intent:switching:lex:stay	-0.0407
        intent:switching:lex:uns	-0.0408
        intent:switching:lex:is	-0.0409
        intent:switching:lex:si fa	-0.0409
        intent:switching:lex:c e	-0.041
        intent:switching:lex:de mi	-0.0412
        intent:switching:lex:anyone know	-0.0413
        intent:switching:lex:allo	-0.0415
        intent:switching:lex:de	-0.0415
        intent:switching:lex:limpeza	-0.0415
        intent:switching:lex:personnes	-0.0415
        intent:switching:lex:er	-0.0417
        intent:switching:lex:samedi	-0.0417
        intent:switching:lex:n	-0.0418
        intent:switching:lex:thing	-0.0419
        intent:switching:lex:mandate	-0.0421
        intent:switching:lex:manha	-0.0421
        intent:switching:lex:dois	-0.0422
        intent:switching:lex:horario	-0.0422
        intent:switching:lex:semaine	-0.0423
        intent:switching:lex:semi	-0.0423
        intent:switching:lex:a mortgage	-0.0424
        intent:switching:lex:by my	-0.0424
        intent:switching:lex:mi mandate	-0.0424
        intent:switching:lex:my bank	-0.0424
        intent:switching:lex:il sito	-0.0426
        intent:switching:lex:mail	-0.0426
        intent:switching:lex:een offerte	-0.0427
        intent:switching:lex:quedaron	-0.0427
        intent:switching:lex:help with	-0.0428
        intent:switching:lex:with a	-0.0433
        intent:switching:lex:manana	-0.0434
        intent:switching:lex:ahora	-0.0435
        intent:switching:lex:como faco	-0.0438
        intent:switching:lex:faco	-0.0438
        intent:switching:lex:pour le	-0.0438
        intent:switching:lex:small	-0.0438
        intent:switching:lex:in the	-0.0439
        intent:switching:lex:know if	-0.0439
        intent:switching:lex:venir	-0.0439
        intent:switching:lex:prende	-0.044
        intent:switching:lex:know	-0.0441
        intent:switching:lex:your	-0.0441
        intent:switching:lex:pilates	-0.0444
        intent:switching:lex:ou	-0.0445
        intent:switching:lex:voor mijn	-0.0446
        intent:switching:lex:comment on	-0.0447
        intent:switching:lex:siamo	-0.0447
        intent:switching:lex:volta	-0.045
        intent:switching:lex:graag	-0.0453
        intent:switching:lex:gleich	-0.0455
        intent:switching:lex:mim	-0.0455
        intent:switching:lex:pra mim	-0.0455
        intent:switching:lex:depois da	-0.0456
        intent:switching:lex:hora	-0.0456
        intent:switching:lex:m	-0.0456
        intent:switching:lex:puede	-0.0456
        intent:switching:lex:gutschein	-0.0457
        intent:switching:lex:pour les	-0.0457
        intent:switching:lex:moglich	-0.0458
        intent:switching:lex:ta	-0.0458
        intent:switching:lex:hola	-0.0459
        intent:switching:lex:se mi	-0.0461
        intent:switching:lex:in casa	-0.0462
        intent:switching:lex:indietro	-0.0462
        intent:switching:lex:torno indietro	-0.0462
        intent:switching:lex:cliente da	-0.0463
        intent:switching:lex:resto	-0.0463
        intent:switching:lex:sale	-0.0463
        intent:switching:lex:senno	-0.0464
        intent:switching:lex:therme	-0.0464
        intent:switching:lex:promesso	-0.0465
        intent:switching:lex:nehm	-0.0467
        intent:switching:lex:day	-0.0468
        intent:switching:lex:ottimo	-0.0469
        intent:switching:lex:call	-0.047
        intent:switching:lex:bank	-0.0471
        intent:switching:lex:yet	-0.0471
        intent:switching:lex:ci si	-0.0473
        intent:switching:lex:come ci	-0.0473
        intent:switching:lex:pls	-0.0473
        intent:switching:lex:gia	-0.0474
        intent:switching:lex:lunedi	-0.0475
        intent:switching:lex:up for	-0.0476
        intent:switching:lex:desde	-0.0481
        intent:switching:lex:du	-0.0481
        intent:switching:lex:does the	-0.0482
        intent:switching:lex:tu	-0.0485
        intent:switching:lex:saturday	-0.0489
        intent:switching:lex:area	-0.049
        intent:switching:lex:hebben jullie	-0.0491
        intent:switching:lex:habts	-0.0496
        intent:switching:lex:pouvez	-0.0497
        intent:switching:lex:per il	-0.05
        intent:switching:lex:riuscite	-0.05
        intent:switching:lex:riuscite a	-0.05
        intent:switching:lex:and i	-0.0506
        intent:switching:lex:mp	-0.051
        intent:switching:lex:sabato	-0.051
        intent:switching:lex:essen	-0.0517
        intent:switching:lex:quiero	-0.0521
        intent:switching:lex:boiler	-0.0523
        intent:switching:lex:seit	-0.0525
        intent:switching:lex:die	-0.0527
        intent:switching:lex:fur	-0.0527
        intent:switching:lex:habt	-0.0529
        intent:switching:lex:esta	-0.0533
        intent:switching:lex:jemanden	-0.0533
        intent:switching:lex:jemanden fur	-0.0533
        intent:switching:lex:dias	-0.0534
        intent:switching:lex:kitchen	-0.0537
        intent:switching:lex:alguem pode	-0.0541
        intent:switching:lex:three	-0.0541
        intent:switching:lex:hebben	-0.0542
        intent:switching:lex:bitte kontaktieren	-0.0543
        intent:switching:lex:kontaktieren	-0.0543
        intent:switching:lex:mich bitte	-0.0543
        intent:switching:lex:onder de	-0.0546
        intent:switching:lex:onder	-0.0547
        intent:switching:lex:sexta	-0.0547
        intent:switching:lex:au	-0.0549
        intent:switching:lex:other	-0.055
        intent:switching:lex:tem	-0.0552
        intent:switching:lex:comment	-0.0555
        intent:switching:lex:wieder	-0.0555
        intent:switching:lex:no	-0.0557
        intent:switching:lex:serait	-0.0558
        intent:switching:lex:sto	-0.056
        intent:switching:lex:come si	-0.0561
        intent:switching:lex:qualcuno	-0.0563
        intent:switching:lex:veux	-0.0563
        intent:switching:lex:cajas	-0.0569
        intent:switching:lex:quiero pedir	-0.0569
        intent:switching:lex:tengo	-0.057
        intent:switching:lex:de las	-0.0571
        intent:switching:lex:per la	-0.0573
        intent:switching:lex:torno	-0.0573
        intent:switching:lex:ein	-0.0577
        intent:switching:lex:pelo	-0.0581
        intent:switching:lex:la quota	-0.0584
        intent:switching:lex:quota	-0.0584
        intent:switching:lex:errore	-0.0585
        intent:switching:lex:tarde	-0.0586
        intent:switching:lex:bergamo	-0.0591
        intent:switching:lex:week	-0.0591
        intent:switching:lex:sto a	-0.0592
        intent:switching:lex:man	-0.0593
        intent:switching:lex:need	-0.0593
        intent:switching:lex:samstag no	-0.0595
        intent:switching:lex:a bergamo	-0.0597
        intent:switching:lex:fur a	-0.0597
        intent:switching:lex:due	-0.0599
        intent:switching:lex:mag	-0.0607
        intent:switching:lex:pagamento	-0.0608
        intent:switching:lex:spargel	-0.0613
        intent:switching:lex:ce	-0.0614
        intent:switching:lex:ok	-0.0615
        intent:switching:lex:sie	-0.0616
        intent:switching:lex:finestre in	-0.0627
        intent:switching:lex:in pvc	-0.0627
        intent:switching:lex:pvc	-0.0627
        intent:switching:lex:iscrizione	-0.0628
        intent:switching:lex:pedir	-0.0629
        intent:switching:lex:je vous	-0.0631
        intent:switching:lex:finestre	-0.0632
        intent:switching:lex:soir	-0.0633
        intent:switching:lex:carro	-0.0634
        intent:switching:lex:eine	-0.0634
        intent:switching:lex:parte del	-0.0634
        intent:switching:lex:semanas esperando	-0.0635
        intent:switching:lex:a dog	-0.0639
        intent:switching:lex:esperando	-0.064
        intent:switching:lex:bestell	-0.0643
        intent:switching:lex:ihr am	-0.0643
        intent:switching:lex:kids and	-0.0643
        intent:switching:lex:and a	-0.0644
        intent:switching:lex:sabado	-0.0646
        intent:switching:lex:queria	-0.0647
        intent:switching:lex:gern	-0.0648
        intent:switching:lex:dog	-0.0653
        intent:switching:lex:under	-0.0653
        intent:switching:lex:sind	-0.0661
        intent:switching:lex:as	-0.0663
        intent:switching:lex:help	-0.0665
        intent:switching:lex:in	-0.0665
        intent:switching:lex:fur die	-0.0666
        intent:switching:lex:konnen	-0.0666
        intent:switching:lex:konnen sie	-0.0666
        intent:switching:lex:migration auf	-0.0666
        intent:switching:lex:por el	-0.0671
        intent:switching:lex:q2 einen	-0.0671
        intent:switching:lex:ve got	-0.0671
        intent:switching:lex:auf m365	-0.0672
        intent:switching:lex:cliente	-0.0675
        intent:switching:lex:domingo	-0.0675
        intent:switching:lex:sie mich	-0.0679
        intent:switching:lex:buenas	-0.068
        intent:switching:lex:info	-0.068
        intent:switching:lex:esta semana	-0.0681
        intent:switching:lex:i ve	-0.0682
        intent:switching:lex:kann	-0.0691
        intent:switching:lex:ab	-0.0692
        intent:switching:lex:eh	-0.0693
        intent:switching:lex:pizza	-0.0695
        intent:switching:lex:one	-0.0697
        intent:switching:lex:was	-0.0697
        intent:switching:lex:link	-0.0704
        intent:switching:lex:voor een	-0.0706
        intent:switching:lex:das	-0.0712
        intent:switching:lex:weg	-0.0714
        intent:switching:lex:lol	-0.0715
        intent:switching:lex:para el	-0.0718
        intent:switching:lex:am samstag	-0.072
        intent:switching:lex:agosto	-0.0722
        intent:switching:lex:del coche	-0.0732
        intent:switching:lex:coche	-0.0736
        intent:switching:lex:pago	-0.0736
        intent:switching:lex:me la	-0.074
        intent:switching:lex:fixed	-0.0744
        intent:switching:lex:semana	-0.075
        intent:switching:lex:bis	-0.076
        intent:switching:lex:lo	-0.0764
        intent:switching:lex:vs	-0.0765
        intent:switching:lex:cuanto	-0.077
        intent:switching:lex:amanha	-0.0776
        intent:switching:lex:ab q2	-0.0777
        intent:switching:lex:a la	-0.0779
        intent:switching:lex:una	-0.0779
        intent:switching:lex:been	-0.078
        intent:switching:lex:do you	-0.078
        intent:switching:lex:avez de	-0.0781
        intent:switching:lex:want	-0.0781
        intent:switching:lex:s the	-0.0785
        intent:switching:lex:m365	-0.0788
        intent:switching:lex:migration	-0.0793
        intent:switching:lex:place demain	-0.0805
        intent:switching:lex:for a	-0.0808
        intent:switching:lex:buongiorno	-0.0812
        intent:switching:lex:kg	-0.0814
        intent:switching:lex:demain aprem	-0.0817
        intent:switching:lex:q2	-0.0819
        intent:switching:lex:got a	-0.082
        intent:switching:lex:sin	-0.0825
        intent:switching:lex:es	-0.0829
        intent:switching:lex:en la	-0.0834
        intent:switching:lex:currently	-0.0855
        intent:switching:lex:out	-0.0856
        intent:switching:lex:un	-0.0857
        intent:switching:lex:demain	-0.087
        intent:switching:lex:aprem	-0.0876
        intent:switching:lex:about	-0.088
        intent:switching:lex:migracao	-0.0881
        intent:switching:lex:prezzo	-0.0893
        intent:switching:lex:google	-0.0907
        intent:switching:lex:que me	-0.0912
        intent:switching:lex:per	-0.0914
        intent:switching:lex:users	-0.0917
        intent:switching:lex:e precisamos	-0.092
        intent:switching:lex:entrar	-0.092
        intent:switching:lex:entrar em	-0.092
        intent:switching:lex:podem entrar	-0.092
        intent:switching:lex:contato	-0.0921
        intent:switching:lex:giga	-0.0926
        intent:switching:lex:ik	-0.0926
        intent:switching:lex:precisamos	-0.0926
        intent:switching:lex:precisamos de	-0.0926
        intent:switching:lex:pour	-0.0931
        intent:switching:lex:i	-0.0932
        intent:switching:lex:migrazione	-0.0935
        intent:switching:lex:il codice	-0.0942
        intent:switching:lex:can you	-0.0943
        intent:switching:lex:codice	-0.0957
        intent:switching:lex:kids	-0.0957
        intent:switching:lex:anyone	-0.0976
        intent:switching:lex:me cambio	-0.0977
        intent:switching:lex:temos	-0.0986
        intent:switching:lex:cloud	-0.0993
        intent:switching:lex:migracao para	-0.0993
        intent:switching:lex:para cloud	-0.0993
        intent:switching:lex:pra	-0.1
        intent:switching:lex:si	-0.1001
        intent:switching:lex:offer	-0.1014
        intent:switching:lex:gekundigt	-0.1016
        intent:switching:lex:plan	-0.1023
        intent:switching:lex:ihr ab	-0.1029
        intent:switching:lex:team und	-0.1056
        intent:switching:lex:price	-0.1066
        intent:switching:lex:buro	-0.1085
        intent:switching:lex:solo	-0.109
        intent:switching:lex:como	-0.11
        intent:switching:lex:or	-0.1101
        intent:switching:lex:dal	-0.1103
        intent:switching:lex:sind ein	-0.1104
        intent:switching:lex:wir sind	-0.1128
        intent:switching:lex:saying	-0.1132
        intent:switching:lex:las	-0.1142
        intent:switching:lex:por	-0.1144
        intent:switching:lex:got	-0.1153
        intent:switching:lex:keep	-0.1153
        intent:switching:lex:samstag	-0.1174
        intent:switching:lex:el	-0.1188
        intent:switching:lex:stasera	-0.1195
        intent:switching:lex:podem	-0.1214
        intent:switching:lex:habt ihr	-0.1217
        intent:switching:lex:cambio	-0.1226
        intent:switching:lex:wir	-0.1282
        intent:switching:lex:for	-0.1295
        intent:switching:lex:bitte	-0.1305
        intent:switching:lex:sito	-0.1369
        intent:switching:lex:ich	-0.1425
        intent:switching:lex:the	-0.1473
        intent:switching:lex:any	-0.1477
        intent:switching:lex:am	-0.1563
        intent:switching:lex:can	-0.1577
        intent:switching:lex:parte	-0.159
        intent:switching:lex:casa	-0.1615
        intent:switching:lex:team	-0.1852
        intent:switching:lex:le	-0.1915
        intent:switching:lex:on	-0.1919
        intent:switching:lex:al	-0.2441
        """;
}
