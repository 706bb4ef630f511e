"""Page-like text in several languages, written for these tests, with the legacy
encoding each is commonly served in."""

SAMPLES = {
    "ar-cp1256": ("cp1256", "أخبار اليوم | الرئيسية\n\nالرئيسية\nسياسة\nاقتصاد\n\n"
                  "الحكومة تعلن خطة جديدة لدعم المزارعين في المناطق الريفية\n\n"
                  "القاهرة - أحمد سالم\n\n"
                  "أعلنت الحكومة يوم الاثنين عن خطة جديدة لدعم المزارعين في المناطق الريفية، "
                  "وتشمل الخطة قروضا ميسرة وتوزيع بذور محسنة على آلاف الأسر.\n\n"
                  "وقال وزير الزراعة إن البرنامج سيبدأ الشهر المقبل وسيستمر ثلاث سنوات.\n\n"
                  "جميع الحقوق محفوظة 2024\n"),
    "ru-cp1251": ("cp1251", "Новости дня | Главная\n\nГлавная\nПолитика\nЭкономика\n\n"
                  "Городской совет одобрил строительство новых велосипедных дорожек\n\n"
                  "Автор: Иван Петров\n\n"
                  "В понедельник городской совет проголосовал за строительство новых "
                  "велосипедных дорожек в районе порта, завершив долгий спор.\n\n"
                  "По словам мэра, работы начнутся весной и займут около двух лет.\n\n"
                  "© 2024 Новости дня. Все права защищены.\n"),
    "zh-gbk": ("gbk", "新闻网 | 首页\n\n首页\n国内\n国际\n\n"
               "市议会批准在港口区修建新的自行车道\n\n记者 王明\n\n"
               "市议会星期一投票决定在港口区修建新的自行车道，结束了长期的争论。"
               "市长说，工程将于明年春天开始，大约需要两年时间完成。\n\n"
               "版权所有 2024 新闻网\n"),
    "ja-shift_jis": ("shift_jis", "ニュース | ホーム\n\nホーム\n政治\n経済\n\n"
                     "市議会が港湾地区の新しい自転車道の建設を承認\n\n"
                     "市議会は月曜日、港湾地区に新しい自転車道を建設することを決めました。"
                     "市長によると、工事は来年の春に始まり、完成までに約二年かかる見込みです。\n\n"
                     "著作権 2024 ニュース\n"),
    "fr-latin1": ("latin-1", "Le Journal | Accueil\n\nAccueil\nPolitique\n\n"
                  "Le conseil municipal approuve de nouvelles pistes cyclables\n\n"
                  "Par Jeanne Dupré\n\n"
                  "Le conseil a voté lundi la création de pistes cyclables dans le quartier "
                  "du port, mettant fin à un long débat. Les travaux commenceront l'été "
                  "prochain, a précisé le maire.\n\n© 2024 Le Journal. Tous droits réservés.\n"),
    "de-latin1": ("latin-1", "Die Zeitung\n\nStartseite\n\nStadtrat beschließt neue Radwege\n\n"
                  "Der Stadtrat hat am Montag für den Bau neuer Radwege im Hafenviertel "
                  "gestimmt. Die Arbeiten beginnen im Frühjahr und dauern etwa zwei Jahre, "
                  "sagte der Bürgermeister.\n"),
    "el-cp1253": ("cp1253", "Ειδήσεις\n\nΑρχική\n\nΤο δημοτικό συμβούλιο ενέκρινε νέους "
                  "ποδηλατόδρομους στην περιοχή του λιμανιού. Οι εργασίες θα ξεκινήσουν "
                  "την άνοιξη, είπε ο δήμαρχος.\n"),
    "he-cp1255": ("cp1255", "חדשות\n\nראשי\n\nמועצת העיר אישרה ביום שני בניית שבילי אופניים "
                  "חדשים באזור הנמל. העבודות יתחילו באביב, אמר ראש העיר.\n"),
    "ko-euc_kr": ("euc_kr", "뉴스\n\n홈\n\n시의회는 월요일 항구 지역에 새로운 자전거 도로를 "
                  "건설하기로 결정했다. 시장은 공사가 내년 봄에 시작된다고 말했다.\n"),
    "pl-cp1250": ("cp1250", "Wiadomości\n\nStrona główna\n\nRada miasta zatwierdziła w "
                  "poniedziałek budowę nowych ścieżek rowerowych w dzielnicy portowej. "
                  "Prace rozpoczną się wiosną, powiedział prezydent miasta.\n"),
}
