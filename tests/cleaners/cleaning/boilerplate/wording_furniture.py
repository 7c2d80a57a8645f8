"""Page furniture kept on the open web before: guest and progress prompts of course and quiz
sites, donation appeals written as prose, bylines in prose ("on behalf of the … team"), source
credits under maps and charts, buttons glued into one line (JUNK); licence notices, "views
expressed" disclaimers, "powered by" footers, author-archive links, channel invitations and
preferred-source prompts (PROVENANCE); sign-up confirmations (SIGNUPS); a blog post's filing
line (FILING); pointers to the legal pages (POINTERS); survey prompts (SURVEYS).

Lines as sites of each language print them; sentences as their articles write the same words.
"""

GUEST = "paywall_prompt"
DONATE = "donation_appeal"
BYLINE = "byline"
CREDIT = "photo_credit"

JUNK = {
    "en": [
        ("You are viewing as a ‘Guest’. Your progress will not be recorded.", GUEST),
        ("Sign in to save your progress and earn a certificate", GUEST),
        ("Log in to track your progress", GUEST),
        ("You are browsing as a guest", GUEST),
        ("Your contribution helps us keep our reporting free for everyone.", DONATE),
        ("If you value our journalism, please consider making a donation.", DONATE),
        ("Every contribution, big or small, makes a difference.", DONATE),
        ("Readers like you keep us independent.", DONATE),
        ("Help Keep Artlyst Free and Independent", DONATE),
        ("on behalf of Vision Doc group", BYLINE),
        ("On behalf of the Release Team", BYLINE),
        ("Source: ISW", CREDIT),
        ("Sources: Reuters, AP", CREDIT),
        ("Jump to RecipePrint Recipe", "call_to_action"),
    ],
    "de": [
        ("Sie sind als Gast angemeldet. Ihr Fortschritt wird nicht gespeichert.", GUEST),
        ("Melden Sie sich an, um Ihren Fortschritt zu speichern", GUEST),
        (
            "Ihr Beitrag hilft, unsere Berichterstattung noch weiter auszubauen und diese "
            "weiterhin kostenlos und top-aktuell zu Verfügung zu stellen.",
            DONATE,
        ),
        ("Mit Ihrer Spende unterstützen Sie unabhängigen Journalismus.", DONATE),
        ("Jeder Beitrag zählt!", DONATE),
        ("im Namen des Release-Teams", BYLINE),
        ("Rezept drucken Bei Pinterest speichern", "share_prompt"),
        ("Bericht teilenFoto: Max Muster", CREDIT),
        ("Die Feuerwehr war mit 40 Kräften im EinsatzBild: Polizei Köln", CREDIT),
    ],
    "fr": [
        ("Vous êtes connecté en tant qu'invité. Votre progression ne sera pas enregistrée.", GUEST),
        ("Connectez-vous pour sauvegarder votre progression", GUEST),
        ("Votre don nous permet de rester indépendants.", DONATE),
        ("Chaque don compte, même le plus petit.", DONATE),
        ("Si vous appréciez notre travail, soutenez-nous par un don.", DONATE),
        ("au nom de l'équipe de publication", BYLINE),
        ("Source : ISW", CREDIT),
        ("Sources : AFP, Reuters", CREDIT),
    ],
    "es": [
        ("Estás navegando como invitado. Tu progreso no se guardará.", GUEST),
        ("Inicia sesión para guardar tu progreso", GUEST),
        ("Tú también puedes hacer periodismo incómodo. Cancela cuando quieras.", DONATE),
        ("Tu aporte nos permite seguir haciendo periodismo independiente.", DONATE),
        ("Cada aporte cuenta.", DONATE),
        ("en nombre del equipo de lanzamiento", BYLINE),
        ("Las llamas alcanzaron los 20 metrosFoto: Cuerpo de Bomberos", CREDIT),
    ],
    "pt": [
        ("Você está navegando como visitante. Seu progresso não será salvo.", GUEST),
        ("Faça login para salvar seu progresso", GUEST),
        ("Sua contribuição nos ajuda a manter o jornalismo independente.", DONATE),
        ("Cada contribuição faz a diferença.", DONATE),
        ("em nome da equipe de lançamento", BYLINE),
    ],
    "it": [
        ("Stai navigando come ospite. I tuoi progressi non verranno salvati.", GUEST),
        ("Accedi per salvare i tuoi progressi", GUEST),
        ("Il tuo contributo ci permette di restare indipendenti.", DONATE),
        ("Ogni contributo conta.", DONATE),
        ("a nome del team di rilascio", BYLINE),
    ],
    "nl": [
        ("Je bekijkt deze pagina als gast. Je voortgang wordt niet opgeslagen.", GUEST),
        ("Log in om je voortgang op te slaan", GUEST),
        ("Uw bijdrage helpt ons om onafhankelijk te blijven.", DONATE),
        ("Elke bijdrage telt.", DONATE),
        ("namens het releaseteam", BYLINE),
    ],
    "pl": [
        ("Przeglądasz jako gość. Twoje postępy nie zostaną zapisane.", GUEST),
        ("Zaloguj się, aby zapisać swoje postępy", GUEST),
        ("Twoje wsparcie pozwala nam pozostać niezależnymi.", DONATE),
        ("Każda wpłata się liczy.", DONATE),
        ("w imieniu zespołu wydawniczego", BYLINE),
        ("Zdjęcie z wypadku na A4Fot.: Policja Opole", CREDIT),
    ],
    "cs": [
        ("Prohlížíte si stránku jako host. Váš postup nebude uložen.", GUEST),
        ("Přihlaste se a uložte si svůj postup", GUEST),
        ("Váš příspěvek nám pomáhá zůstat nezávislými.", DONATE),
        ("Každý příspěvek pomůže.", DONATE),
        ("jménem týmu pro vydání", BYLINE),
    ],
    "ru": [
        ("Вы просматриваете как гость. Ваш прогресс не будет сохранён.", GUEST),
        ("Войдите, чтобы сохранить свой прогресс", GUEST),
        ("Ваша поддержка помогает нам оставаться независимыми.", DONATE),
        ("Каждый рубль важен.", DONATE),
        ("от имени команды релиза", BYLINE),
        ("Пожар на складе в ХимкахФото: МЧС России", CREDIT),
    ],
    "uk": [
        ("Ви переглядаєте як гість. Ваш прогрес не буде збережено.", GUEST),
        ("Увійдіть, щоб зберегти свій прогрес", GUEST),
        ("Ваша підтримка допомагає нам залишатися незалежними.", DONATE),
        ("від імені команди релізу", BYLINE),
    ],
    "zh": [
        ("您当前以访客身份浏览，学习进度将不会被保存", GUEST),
        ("登录后即可保存学习进度", GUEST),
        ("您的支持是我们前进的动力", DONATE),
    ],
    "ja": [
        ("ゲストとして閲覧中です。学習の進捗は保存されません。", GUEST),
        ("ログインすると学習の進捗を保存できます", GUEST),
        ("皆様のご支援が私たちの活動を支えています", DONATE),
    ],
    "ko": [
        ("게스트로 보고 있습니다. 학습 진도가 저장되지 않습니다.", GUEST),
        ("로그인하면 학습 진도를 저장할 수 있습니다", GUEST),
        ("독자 여러분의 후원이 독립 언론을 만듭니다", DONATE),
    ],
}

LEGAL = "legal_notice"
FOOTER = "copyright_footer"
ARCHIVE = "related_links"
CHANNEL = "social_follow"
SOURCE = "share_appeal"

PROVENANCE = {
    "en": [
        ("Article licensed under CC BY-NC-SA 4.0", LEGAL),
        (
            "This work is licensed under a Creative Commons Attribution 4.0 International License.",
            LEGAL,
        ),
        (
            "The views expressed in this article are those of the author and do not necessarily "
            "reflect the views of the publisher.",
            LEGAL,
        ),
        ("Powered by Verbosa & WordPress.", FOOTER),
        ("Proudly powered by WordPress", FOOTER),
        ("View all posts by Craig Randall", ARCHIVE),
        ("More articles by Jane Doe", ARCHIVE),
        ("Join our WhatsApp channel for breaking news alerts.", "newsletter_promo"),
        ("For more stories like this, join our Telegram channel.", CHANNEL),
        (
            "Add Newsweek as a preferred source on Google to see more of our trusted coverage "
            "when you search.",
            SOURCE,
        ),
    ],
    "de": [
        ("Alle Inhalte unterliegen dieser Creative-Commons-Lizenz.", LEGAL),
        ("Der Gastbeitrag gibt die Meinung des Autors wieder.", LEGAL),
        ("Stolz präsentiert von WordPress", FOOTER),
        ("Alle Beiträge von Anna Schmidt anzeigen", ARCHIVE),
        ("Folgen Sie unserem WhatsApp-Kanal!", CHANNEL),
        ("Fügen Sie uns als bevorzugte Quelle bei Google hinzu", SOURCE),
    ],
    "fr": [
        ("Cet article est publié sous licence Creative Commons BY-SA.", LEGAL),
        ("Les propos tenus dans cette tribune n'engagent que leur auteur.", LEGAL),
        ("Fièrement propulsé par WordPress", FOOTER),
        ("Voir tous les articles de Marie Dupont", ARCHIVE),
        ("Rejoignez notre chaîne WhatsApp pour ne rien manquer.", "share_prompt"),
        ("Ajoutez-nous comme source préférée sur Google", SOURCE),
    ],
    "es": [
        ("Este contenido está bajo una licencia Creative Commons.", LEGAL),
        ("Las opiniones son responsabilidad exclusiva de sus autores.", LEGAL),
        ("Funciona con WordPress", FOOTER),
        ("Ver todas las entradas de Ana Gómez", ARCHIVE),
        (
            "¿Ya sabías que en Guatemala.com tenemos canal de Telegram? Únete desde tu celular "
            "en este enlace de invitación.",
            CHANNEL,
        ),
        ("¡Mira lo que tiene nuestro canal de YouTube!", CHANNEL),
    ],
    "pt": [
        ("Este conteúdo está licenciado sob uma licença Creative Commons.", LEGAL),
        ("O texto não reflete necessariamente a opinião do veículo.", LEGAL),
        ("Orgulhosamente mantido com WordPress", FOOTER),
        ("Ver todos os posts de João Silva", ARCHIVE),
        ("Entre no nosso canal no WhatsApp e receba as notícias do dia.", "share_prompt"),
    ],
    "it": [
        ("Questo articolo è distribuito con licenza Creative Commons.", LEGAL),
        ("Orgogliosamente creato con WordPress", FOOTER),
        ("Visualizza tutti gli articoli di Marco Rossi", ARCHIVE),
        ("Iscriviti al nostro canale Telegram per restare aggiornato.", "share_prompt"),
    ],
    "nl": [
        ("Deze tekst valt onder een Creative Commons-licentie.", LEGAL),
        ("Trots aangedreven door WordPress", FOOTER),
        ("Bekijk alle berichten van Jan de Vries", ARCHIVE),
        ("Volg ons WhatsApp-kanaal voor het laatste nieuws.", "share_prompt"),
    ],
    "pl": [
        ("Artykuł jest dostępny na licencji Creative Commons.", LEGAL),
        ("Dumnie wspierane przez WordPress", FOOTER),
        ("Zobacz wszystkie wpisy Jana Kowalskiego", ARCHIVE),
        ("Dołącz do naszego kanału na WhatsAppie!", "share_prompt"),
    ],
    "cs": [
        ("Obsah je k dispozici pod licencí Creative Commons.", LEGAL),
        ("Názory autorů nemusí vyjadřovat stanovisko redakce.", LEGAL),
        ("Zobrazit všechny příspěvky od Jana Nováka", ARCHIVE),
    ],
    "ru": [
        ("Мнение редакции может не совпадать с мнением автора.", LEGAL),
        ("Сайт работает на WordPress", FOOTER),
        ("Все записи автора Ивана Петрова", ARCHIVE),
        ("Подписывайтесь на наш телеграм-канал!", "share_prompt"),
    ],
    "uk": [
        ("Думка редакції може не збігатися з думкою автора.", LEGAL),
        ("Переглянути всі записи автора Олени Коваль", ARCHIVE),
        ("Підписуйтесь на наш телеграм-канал!", "share_prompt"),
    ],
    "zh": [
        ("本文观点仅代表作者本人，不代表本站立场。", LEGAL),
        ("本作品采用知识共享署名 4.0 国际许可协议进行许可。", LEGAL),
        ("自豪地采用WordPress", FOOTER),
    ],
    "ja": [("記事の内容は執筆者個人の見解であり、当社の見解ではありません。", LEGAL)],
    "ko": [("본지의 편집 방향과 다를 수 있습니다.", LEGAL)],
}

NEWSLETTER = "newsletter_promo"

SIGNUPS = {
    "en": [
        ("Thank you! Please check your inbox now for your welcome email.", NEWSLETTER),
        ("Almost done! Check your email to confirm your subscription.", NEWSLETTER),
    ],
    "de": [
        (
            "Fast geschafft! Bitte bestätigen Sie Ihre Anmeldung über den Link in der E-Mail.",
            NEWSLETTER,
        ),
        ("Vielen Dank! Wir haben Ihnen eine Bestätigungs-E-Mail geschickt.", NEWSLETTER),
    ],
    "fr": [("Merci ! Un e-mail de confirmation vous a été envoyé.", NEWSLETTER)],
    "es": [("¡Gracias por suscribirte! Revisa tu correo.", NEWSLETTER)],
    "pt": [("Quase lá! Enviamos um e-mail de confirmação.", NEWSLETTER)],
    "it": [("Grazie per esserti iscritto! Controlla la tua casella di posta.", NEWSLETTER)],
    "nl": [
        (
            "Bedankt voor je inschrijving! Bevestig je inschrijving via de link in je mail.",
            NEWSLETTER,
        )
    ],
    "pl": [("Dziękujemy za zapisanie się! Sprawdź skrzynkę.", NEWSLETTER)],
    "cs": [("Poslali jsme vám potvrzovací e-mail.", NEWSLETTER)],
    "ru": [("Спасибо за подписку! Проверьте почту.", NEWSLETTER)],
    "uk": [("Дякуємо за підписку! Перевірте пошту.", NEWSLETTER)],
    "zh": [("感谢您的订阅，请查收确认邮件。", NEWSLETTER)],
    "ja": [("ご登録ありがとうございます。確認メールをお送りしました。", NEWSLETTER)],
    "ko": [("구독해 주셔서 감사합니다. 확인 메일을 보내드렸습니다.", NEWSLETTER)],
}

FILED = "tag_list"

FILING = {
    "en": [
        ("This entry was posted in Dienstleitungen. Bookmark the permalink.", FILED),
        ("Posted inLatest News", FILED),
        ("Posted in FOSS, Überwachung, Wem gehört das Netz", FILED),
    ],
    "de": [
        (
            "Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter debianforum, Linux, "
            "Tutorials, Ubuntu, ubuntuusers.de.",
            FILED,
        ),
        ("Dieser Beitrag wurde unter Allgemein abgelegt.", FILED),
        ("Abgelegt unter Aktuelles und mit 2017, Inseln, Spielstraße getaggt", FILED),
    ],
    "fr": [
        ("Cette entrée a été publiée dans Actualités. Mettre en favoris avec ce permalien.", FILED)
    ],
    "es": [("Esta entrada fue publicada en Noticias. Guarda el enlace permanente.", FILED)],
    "pt": [
        ("Esta entrada foi publicada em Notícias. Adicione aos favoritos o link permanente.", FILED)
    ],
    "it": [
        ("Questa voce è stata pubblicata in Notizie. Aggiungi ai segnalibri il permalink.", FILED)
    ],
    "nl": [("Dit bericht werd geplaatst in Nieuws. Bookmark de permalink.", FILED)],
    "pl": [("Ten wpis został opublikowany w kategorii Aktualności.", FILED)],
    "cs": [("Příspěvek byl publikován v rubrice Novinky.", FILED)],
    "ru": [("Запись опубликована в рубрике Новости.", FILED)],
    "uk": [("Цей запис був опублікований в Новини.", FILED)],
    "zh": [("此条目发表在新闻分类目录。", FILED)],
    "ja": [("この投稿はニュースカテゴリーに投稿されました。", FILED)],
    "ko": [("이 글은 뉴스 카테고리에 분류되었습니다.", FILED)],
}

LINKS = "legal_links"

POINTERS = {
    "en": [("Read our Privacy Policy", LINKS)],
    "de": [("Lesen Sie unsere Datenschutzerklärung", LINKS)],
    "fr": [("Consultez notre politique de confidentialité", LINKS)],
    "es": [("Lee nuestra política de privacidad", LINKS)],
    "pt": [("Leia nossa política de privacidade", LINKS)],
    "it": [("Leggi la nostra informativa sulla privacy", LINKS)],
    "nl": [("Lees ons privacybeleid", LINKS)],
    "pl": [("Przeczytaj naszą politykę prywatności", LINKS)],
    "cs": [("Přečtěte si zásady ochrany osobních údajů", LINKS)],
    "ru": [("Ознакомьтесь с нашей политикой конфиденциальности", LINKS)],
    "uk": [("Ознайомтеся з нашою політикою конфіденційності", LINKS)],
    "zh": [("阅读我们的隐私政策", LINKS)],
    "ja": [("プライバシーポリシーをご確認ください", LINKS)],
    "ko": [("개인정보처리방침 보기", LINKS)],
}

SURVEY = "call_to_action"

SURVEYS = {
    "en": [("Take our 1 minute survey", SURVEY), ("How are we doing?", SURVEY)],
    "de": [
        ("Nehmen Sie an unserer kurzen Umfrage teil", SURVEY),
        ("Wie gefällt Ihnen unsere Website?", SURVEY),
    ],
    "fr": [("Répondez à notre enquête", SURVEY)],
    "es": [("Responde nuestra breve encuesta", SURVEY)],
    "pt": [("Responda à nossa pesquisa", SURVEY)],
    "it": [("Partecipa al nostro sondaggio", SURVEY)],
    "nl": [("Doe mee aan onze enquête", SURVEY)],
    "pl": [("Weź udział w naszej ankiecie", SURVEY)],
    "cs": [("Vyplňte náš krátký dotazník", SURVEY)],
    "ru": [("Пройдите наш опрос", SURVEY)],
    "uk": [("Пройдіть наше опитування", SURVEY)],
    "zh": [("参与问卷调查", SURVEY)],
    "ja": [("アンケートにご協力ください", SURVEY)],
    "ko": [("설문조사 참여하기", SURVEY)],
}

SENTENCES = {
    "en": [
        "Source: officials in Kyiv said the strike hit an energy facility overnight.",
        "The source of the outage was a fault in the substation, the utility said on Monday.",
        "On behalf of the whole team, I want to thank everyone who tested the beta release.",
        "The museum said every contribution from local families helped it reopen in the spring.",
        "Visitors can browse as a guest, but saving progress requires an account.",
        "Readers like you asked us how the new rules affect renters, so we looked into it.",
        "The photo archive is licensed to universities, and the licence fee covers the scans.",
        "The plant is powered by three gas turbines and a small solar farm next to the river.",
        "She joined the WhatsApp group of the parents' association after the school closed.",
        "His views on the tariffs are not those of the party, a spokeswoman said.",
        "Check your inbox for a six-digit code from Google, then type it into the box.",
        "Posted in a Facebook group, the photo was shared thousands of times in a day.",
        "She posted in the forum that the update had broken her printer.",
        "Take our survey results with a pinch of salt: only 300 readers answered it.",
    ],
    "de": [
        "Ihr Beitrag zur Debatte hat gezeigt, dass der Fortschritt nicht gespeichert werden kann.",
        "Im Namen des gesamten Vorstands dankte sie den Helfern für ihren Einsatz.",
        "Jeder Beitrag zählt, sagte die Bürgermeisterin bei der Eröffnung der Tafel.",
        "Die Bilder stehen unter einer freien Lizenz, sagte der Sprecher des Museums.",
        "Alle Beiträge von Anna Schmidt sind im Archiv der Zeitung nachzulesen.",
        "Die Akten wurden im Keller des Amtes abgelegt, unter ihnen auch die Baupläne.",
        "Nehmen Sie an unserer Umfrage teil, bat der Bürgermeister die Einwohner im Juni.",
    ],
    "fr": [
        "Au nom de l'équipe, le capitaine a remercié les supporters venus à Marseille.",
        "Source : selon la préfecture, l'incendie s'est déclaré vers 3 heures du matin.",
        "Chaque don compte, a rappelé la présidente de l'association lors de la collecte.",
        "Le ministre a ouvert une chaîne WhatsApp pour répondre aux questions des agriculteurs.",
    ],
    "es": [
        "En nombre del equipo, el capitán agradeció el apoyo de la afición en Sevilla.",
        "Cada aporte cuenta, dijo la directora del banco de alimentos a los voluntarios.",
    ],
    "pt": [
        "Em nome da equipe, o técnico agradeceu o apoio da torcida no Maracanã.",
        "Cada contribuição faz a diferença, disse a presidente da ONG durante a campanha.",
    ],
    "it": [
        "A nome del team, il capitano ha ringraziato i tifosi arrivati da Napoli.",
        "Ogni contributo conta, ha detto la presidente dell'associazione ai volontari.",
    ],
    "nl": [
        "Namens het hele team bedankte de aanvoerder de supporters in Rotterdam.",
        "Elke bijdrage telt, zei de voorzitter van de voedselbank tegen de vrijwilligers.",
    ],
    "pl": [
        "W imieniu całego zespołu kapitan podziękował kibicom za wsparcie w Krakowie.",
        "Każda wpłata się liczy, powiedziała prezeska fundacji podczas zbiórki.",
    ],
    "cs": [
        "Jménem celého týmu poděkoval kapitán fanouškům za podporu v Brně.",
        "Každý příspěvek pomůže, řekla ředitelka potravinové banky dobrovolníkům.",
    ],
    "ru": [
        "От имени всей команды капитан поблагодарил болельщиков за поддержку в Казани.",
        "Каждый рубль важен, сказала руководитель фонда на встрече с волонтёрами.",
        "Мнение экспертов разошлось: часть из них считает, что сайт работает медленно.",
    ],
    "uk": [
        "Від імені всієї команди капітан подякував уболівальникам за підтримку у Львові.",
        "Ваша підтримка допомагає нам, сказала директорка фонду на зустрічі з волонтерами.",
    ],
    "zh": ["他代表团队感谢了所有参与测试的用户。"],
    "ja": ["彼はチームを代表して、テストに参加したすべての利用者に感謝した。"],
    "ko": ["그는 팀을 대표해 테스트에 참여한 모든 이용자에게 감사를 전했다."],
}
