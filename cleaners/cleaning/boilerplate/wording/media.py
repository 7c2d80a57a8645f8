"""Players, picture viewers and blocked embeds: the controls and placeholders a page's media leave
behind as lines of their own when the page is flattened to text."""

from __future__ import annotations

from cleaners.cleaning.boilerplate.vocab import Wording

# Audio and video players: their buttons ("listen to this article" too), and the message a
# browser without the player shows.
PLAYER: Wording = {
    "en": (
        "your browser does not support {the audio element,the video element,the audio tag,"
        "the video tag,html5 audio,html5 video,the audio player,audio playback,the video player}",
        "your browser doesn't support {html5 audio,html5 video,the audio element,the video element}",
        "{play,watch} {video,the video,audio,podcast,episode}",
        "{audio,video} player",
        "now playing",
        "listen now",
        "listen",
        "listen to {this,the} {article,story}",
        "listen to article",
        "{play,listen to} audio",
        "audio version",
        "{audio,video} is not supported {in,by} your browser",
        "your browser does not support {audio,video}",
    ),
    "de": (
        "{ihr,dein} browser unterstützt {das audio-element,das video-element,das audio-tag,"
        "das video-tag,html5-audio,html5-video,die audio-wiedergabe,die wiedergabe} nicht",
        "{ihr,dein} browser unterstützt {kein html5-audio,kein html5-video,keine audio-wiedergabe}",
        "{audio,video,podcast} {starten,abspielen,anhören,ansehen}",
        "{jetzt,hier} anhören",
        "abspielen",
        "wiedergabe",
        "pausieren",
        "stummschalten",
        "ton {an,aus,einschalten,ausschalten}",
        "{artikel,beitrag,text} vorlesen lassen",
        "{audioversion,audio-version}",
        "{zum,video} ansehen",
        "vorlesen",
        "artikel vorlesen",
        "anhören",
        "{artikel,beitrag} anhören",
        "{diesen artikel,audio} anhören",
        "{audio,video} abspielen",
        "{diesen artikel,diesen beitrag} {anhören,vorlesen}",
        "{ihr,dein} browser unterstützt {kein audio,kein video,keine audiodateien}",
    ),
    "fr": (
        "votre navigateur ne {prend pas en charge,supporte pas,permet pas de lire} {l'élément audio,"
        "l'élément vidéo,la lecture audio,la lecture vidéo,l'audio html5,la vidéo html5,ce fichier audio}",
        "écouter {l'article,cet article,ce texte,le podcast,l'audio}",
        "écouter",
        "{lire,regarder} la vidéo",
        "{activer,couper} le son",
        "version audio",
        "écouter",
        "écouter {l'article,cet article}",
        "écoutez {cet article,l'article}",
    ),
    "es": (
        "{tu,su} navegador no {soporta,admite,es compatible con} {los elementos de audio,"
        "el elemento de audio,el elemento de video,el elemento de vídeo,el elemento audio,"
        "audio html5,video html5,la reproducción de audio,la reproducción de video}",
        "{escucha,escuchar} {la nota,el artículo,este artículo,la noticia,esta noticia,el audio}",
        "escuchar {artículo,noticia,audio}",
        "escuchar",
        "reproducir",
        "reproducir {audio,video,vídeo}",
        "pausar",
        "silenciar",
        "ver {video,vídeo,el video,el vídeo}",
        "versión en audio",
        "escuchar",
        "escuchar {noticia,artículo,la noticia,este artículo}",
        "reproducir {vídeo,audio}",
    ),
    "pt": (
        "{seu,o seu,o teu} navegador não {suporta,oferece suporte a,oferece suporte ao,"
        "é compatível com} {o elemento de áudio,o elemento de vídeo,áudio html5,vídeo html5,"
        "o elemento audio,o elemento video,a reprodução de áudio}",
        "{ouvir,ouça} {notícia,a notícia,matéria,a matéria,artigo,o artigo,este artigo,a reportagem,o texto}",
        "ouvir",
        "reproduzir",
        "reproduzir {vídeo,áudio}",
        "{assistir,assistir ao,ver} vídeo",
        "versão em áudio",
        "ouvir",
        "ouvir {o texto,texto,notícia,a notícia,matéria,a matéria}",
        "ouça {a notícia,este conteúdo,a matéria}",
        "reproduzir {vídeo,áudio}",
    ),
    "it": (
        "il tuo browser non supporta {l'elemento audio,l'elemento video,l'audio html5,"
        "il video html5,la riproduzione audio,la riproduzione video}",
        "ascolta {l'articolo,questo articolo,la notizia,l'audio,il podcast}",
        "ascolta",
        "riproduci",
        "riproduci {video,audio,il video}",
        "guarda il video",
        "versione audio",
        "ascolta",
        "ascolta {l'articolo,questo articolo}",
        "riproduci {video,audio}",
    ),
    "nl": (
        "{je,jouw,uw} browser ondersteunt {het audio-element,het video-element,html5-audio,"
        "html5-video,audio,video} niet",
        "{je,jouw,uw} browser ondersteunt geen {audio,video,html5-audio,html5-video}",
        "{luister naar,beluister} {dit artikel,het artikel,dit verhaal,de podcast}",
        "luister",
        "{video,audio} afspelen",
        "afspelen",
        "bekijk de video",
        "voorlezen",
        "lees voor",
        "voorlezen",
        "lees voor",
        "beluister",
        "beluister {dit artikel,het artikel}",
        "{artikel,dit artikel} beluisteren",
    ),
    "pl": (
        "twoja przeglądarka nie obsługuje {elementu audio,elementu wideo,elementu video,"
        "odtwarzania audio,odtwarzania wideo,html5 audio,html5 video,plików audio}",
        "{posłuchaj,odsłuchaj} {artykułu,artykuł,tekstu,nagrania}",
        "posłuchaj",
        "odtwórz",
        "odtwórz {wideo,audio,film,nagranie}",
        "{zobacz,obejrzyj} {wideo,film,nagranie}",
        "wersja audio",
        "posłuchaj",
        "posłuchaj artykułu",
        "odsłuchaj",
        "odsłuchaj artykuł",
        "{posłuchaj,odsłuchaj} tekstu",
        "{posłuchaj,odsłuchaj} tego artykułu",
    ),
    "cs": (
        "váš prohlížeč nepodporuje {audio element,video element,přehrávání audia,přehrávání zvuku,"
        "přehrávání videa,html5 audio,html5 video}",
        "{poslechnout,poslechnout si,poslechněte si} {článek,audio,podcast}",
        "přehrát",
        "přehrát {video,audio,zvuk}",
        "spustit video",
        "audio verze",
        "poslechnout",
        "poslechněte si článek",
        "poslechnout článek",
    ),
    "ru": (
        "ваш браузер не поддерживает {аудио,видео,аудиоэлемент,html5 аудио,html5 видео,"
        "воспроизведение аудио,воспроизведение видео,элемент audio,элемент video,тег audio,"
        "тег video}",
        "{слушать,прослушать} {статью,новость,текст,материал,подкаст}",
        "смотреть видео",
        "воспроизвести",
        "воспроизвести видео",
        "аудиоверсия",
        "слушать",
        "{слушать,прослушать} статью",
        "{слушать,прослушать} {новость,материал}",
    ),
    "uk": (
        "ваш браузер не підтримує {аудіо,відео,аудіоелемент,html5 аудіо,html5 відео,"
        "відтворення аудіо,відтворення відео,елемент audio,елемент video}",
        "слухати",
        "{слухати,прослухати} {статтю,новину,текст,матеріал,подкаст}",
        "{дивитися,дивитись} відео",
        "відтворити",
        "відтворити відео",
        "аудіоверсія",
        "слухати",
        "{слухати,прослухати} статтю",
        "{слухати,прослухати} {новину,матеріал}",
    ),
    "zh": (
        "{您,你}的浏览器不支持{音频播放,视频播放,audio 标签,video 标签,html5 音频,html5 视频,"
        "该音频,该视频,音频,视频}",
        "{您,你}的瀏覽器不支援{音訊播放,影片播放,audio 標籤,video 標籤}",
        "收听本文",
        "听新闻",
        "{播放,收听}{视频,音频}",
        "语音播报",
        "点击播放",
        "朗读本文",
        "听新闻",
        "收听本文",
        "语音播报",
        "点击收听",
    ),
    "ja": (
        "お使いのブラウザは{音声再生,動画再生,audio要素,video要素,html5 audio,html5 video}"
        "{に対応していません,をサポートしていません}",
        "{記事を聴く,音声で聴く,音声を再生,動画を再生,再生する}",
        "音声で聞く",
        "音声を聞く",
    ),
    "ko": (
        "{브라우저가,이 브라우저는,사용 중인 브라우저가} {오디오를,비디오를,동영상을,html5 오디오를,"
        "html5 비디오를,audio 태그를,video 태그를} 지원하지 않습니다",
        "{기사 듣기,기사 읽어주기,음성으로 듣기,동영상 재생,영상 재생,재생하기}",
        "기사 듣기",
        "본문 듣기",
    ),
}

# Picture viewers: enlarge and gallery buttons, full screen, and the "Photo 3 of 12" counter
# (numbers are read as 0). A bare "4 of 5" is left alone: it is as often a rating or a score.
VIEWER: Wording = {
    "en": (
        "{enlarge,expand,zoom} {image,photo,picture}",
        "{view,open} {gallery,image,full image,slideshow,photo gallery,all photos}",
        "{image,photo,picture,slide} 0 of 0",
        "{full screen,fullscreen,zoom,view full size,click to enlarge,photo gallery,gallery}",
        "{photo gallery,gallery}: 0 {images,photos,pictures}",
        "{0/0,0 of 0} {photos,images,pictures,slides}",
    ),
    "de": (
        "{bild,foto} 0 von 0",
        "{0/0,0 von 0} {fotos,bilder,bildern}",
        "zur {bildergalerie,galerie,fotostrecke,fotogalerie}",
        "{bildergalerie,fotostrecke,fotogalerie,galerie} {öffnen,ansehen,anzeigen,starten}",
        "{bildergalerie,fotostrecke,fotogalerie,galerie}",
        "{vollbild,vollbildmodus,zoom}",
        "{bild,foto} in voller größe",
        "alle {bilder,fotos} anzeigen",
        "zum vergrößern {klicken,anklicken,tippen}",
        "{nächstes,vorheriges} bild",
        "{bild,foto} {anzeigen,vergrößern}",
        "{galerie,bildergalerie} öffnen",
    ),
    "fr": (
        "{photo,image} 0 sur 0",
        "voir le diaporama",
        "{diaporama,galerie photos,galerie photo,galerie,plein écran,zoom}",
        "voir {les photos,toutes les photos,la galerie}",
        "cliquez pour agrandir",
        "{photo,image} {suivante,précédente}",
        "agrandir {l'image,la photo}",
        "voir la galerie",
    ),
    "es": (
        "{galería,galería de fotos,galería de imágenes,fotogalería,pantalla completa,zoom}",
        "{foto,imagen} 0 de 0",
        "ver {fotos,todas las fotos,la galería,galería de fotos}",
        "{haz,haga} clic para ampliar",
        "{foto,imagen} {siguiente,anterior}",
        "ampliar {imagen,foto}",
        "ver galería",
    ),
    "pt": (
        "ampliar {imagem,foto}",
        "{foto,imagem} 0 de 0",
        "{galeria,galeria de fotos,fotogaleria,tela cheia,ecrã inteiro,zoom}",
        "ver {galeria,a galeria,fotos,todas as fotos}",
        "clique para ampliar",
        "ampliar {imagem,foto}",
        "ver galeria",
    ),
    "it": (
        "ingrandisci {immagine,l'immagine,foto,la foto}",
        "{foto,immagine} 0 di 0",
        "{galleria,galleria fotografica,fotogallery,photogallery,schermo intero,zoom}",
        "guarda {la gallery,la galleria,le foto,tutte le foto}",
        "clicca per ingrandire",
        "ingrandisci",
    ),
    "nl": (
        "vergroot {afbeelding,foto,de afbeelding,de foto}",
        "{afbeelding,foto} vergroten",
        "{foto,afbeelding} 0 van 0",
        "{fotogalerij,fotoserie,volledig scherm,zoom}",
        "bekijk {de fotoserie,alle foto's,de fotogalerij}",
        "klik om te vergroten",
        "vergroot {afbeelding,foto}",
        "bekijk de fotoserie",
    ),
    "pl": (
        "powiększ {zdjęcie,obraz,obrazek}",
        "{zdjęcie,foto,fot} 0 z 0",
        "{galeria,galeria zdjęć,fotogaleria,pełny ekran}",
        "zobacz {galerię,zdjęcia,wszystkie zdjęcia}",
        "kliknij, aby powiększyć",
        "powiększ {zdjęcie,obraz}",
        "zobacz galerię",
    ),
    "cs": (
        "zvětšit {obrázek,fotografii,foto}",
        "{fotogalerie,galerie,celá obrazovka}",
        "{foto,fotografie,obrázek} 0 z 0",
        "zobrazit {galerii,fotogalerii,všechny fotografie}",
        "přejít do galerie",
        "zvětšit {obrázek,foto}",
        "zobrazit galerii",
    ),
    "ru": (
        "увеличить {фото,изображение,картинку}",
        "фото 0 из 0",
        "{фотогалерея,галерея,полноэкранный режим}",
        "{смотреть,открыть} {галерею,все фото,фотогалерею}",
        "{во,на} весь экран",
        "увеличить {фото,изображение}",
        "открыть галерею",
    ),
    "uk": (
        "збільшити {фото,зображення}",
        "фото 0 з 0",
        "{фотогалерея,галерея}",
        "{дивитися,відкрити} {галерею,усі фото,всі фото,фотогалерею}",
        "на весь екран",
        "збільшити {фото,зображення}",
        "відкрити галерею",
    ),
    "zh": (
        "{查看大图,点击查看大图,点击放大,放大图片,图集,组图,查看图集,全屏,全屏查看,上一张,下一张}",
        "查看大图",
        "点击查看大图",
        "查看更多图片",
    ),
    "ja": (
        "{画像を拡大,写真を拡大,拡大する,クリックで拡大,写真をもっと見る,ギャラリー,フォトギャラリー,"
        "全画面表示,写真一覧,前の写真,次の写真,前の画像,次の画像}",
        "画像を拡大",
        "拡大する",
        "写真を拡大",
        "写真を見る",
    ),
    "ko": (
        "{사진 확대,확대하기,갤러리,포토 갤러리,사진 더보기,전체 화면,이전 사진,다음 사진}",
        "사진 크게 보기",
        "이미지 확대",
        "사진 {보기,전체보기,모아보기}",
    ),
}

# Placeholders of embedded posts, videos and maps a consent tool blocked ("Externer Inhalt",
# "Twitter freischalten"): whole lines, removed as the consent notice they are.
EMBEDS: Wording = {
    "en": (
        "{external,embedded,third-party} content",
        "{load,show,view,allow,enable} {external,embedded,third-party} content",
        "this content is {blocked,not available,unavailable,no longer available}",
        "content {not available,unavailable}",
        "{enable,unlock,activate,allow,load} {twitter,x,instagram,youtube,facebook,tiktok,"
        "spotify,vimeo,soundcloud,google maps}{, content}",
        "click to load {the ,}{video,content,tweet,post,map}",
    ),
    "de": (
        "{externer,empfohlener externer,eingebetteter} inhalt",
        "externe inhalte",
        "{externe inhalte,externen inhalt,alle externen inhalte} {laden,anzeigen,aktivieren,"
        "erlauben,zulassen,freischalten}",
        "externe inhalte immer {laden,anzeigen,erlauben}",
        "{twitter,x,instagram,youtube,facebook,tiktok,spotify,podigee,datawrapper,soundcloud,"
        "vimeo,apple podcasts,google maps,flourish,infogram,opinary} {freischalten,aktivieren,laden,"
        "anzeigen,zulassen,erlauben}",
        "{inhalt,inhalte,beitrag,video,post} {von,aus} {twitter,x,instagram,youtube,facebook,tiktok,"
        "spotify,vimeo,google maps} {laden,anzeigen,aktivieren,zulassen}",
        "dieser inhalt ist {leider ,}nicht {verfügbar,mehr verfügbar}",
        "inhalt {nicht verfügbar,laden,anzeigen,freischalten}",
    ),
    "fr": (
        "{contenu externe,contenus externes,contenu indisponible,contenu non disponible}",
        "ce contenu {n'est pas disponible,n'est plus disponible,est bloqué,est indisponible}",
        "{afficher,charger,autoriser} {le contenu externe,les contenus externes,le contenu}",
        "{activer,autoriser} {twitter,instagram,youtube,facebook,tiktok}",
    ),
    "es": (
        "{contenido externo,contenidos externos,contenido no disponible}",
        "este contenido {no está disponible,ya no está disponible,está bloqueado}",
        "{mostrar,cargar,ver,permitir} {contenido externo,el contenido,contenido}",
        "{activar,permitir} {twitter,instagram,youtube,facebook,tiktok}",
    ),
    "pt": (
        "{conteúdo externo,conteúdos externos,conteúdo indisponível,conteúdo não disponível}",
        "este conteúdo {não está disponível,não está mais disponível,está bloqueado}",
        "{mostrar,carregar,exibir} {conteúdo,o conteúdo,conteúdo externo}",
    ),
    "it": (
        "{contenuto esterno,contenuti esterni,contenuto non disponibile}",
        "questo contenuto {non è disponibile,non è più disponibile,è bloccato}",
        "{mostra,carica,visualizza} {il contenuto,contenuto esterno,i contenuti esterni}",
    ),
    "nl": (
        "{externe inhoud,inhoud niet beschikbaar}",
        "deze inhoud is {niet beschikbaar,niet meer beschikbaar,geblokkeerd}",
        "{externe inhoud,inhoud} {laden,tonen,toestaan,weergeven}",
        "{toon,laad} {externe inhoud,de inhoud}",
    ),
    "pl": (
        "{treści zewnętrzne,treść zewnętrzna,zawartość zewnętrzna,treść niedostępna}",
        "ta treść jest {niedostępna,zablokowana}",
        "{pokaż,załaduj,wyświetl} {treść,treści zewnętrzne,zawartość}",
    ),
    "cs": (
        "{externí obsah,obsah není k dispozici,obsah není dostupný}",
        "tento obsah {není dostupný,není k dispozici,je blokován}",
        "{zobrazit,načíst,povolit} {obsah,externí obsah}",
    ),
    "ru": (
        "{внешний контент,внешнее содержимое,контент недоступен,содержимое недоступно}",
        "этот {контент,материал} недоступен",
        "{показать,загрузить} {контент,содержимое,внешний контент}",
    ),
    "uk": (
        "{зовнішній контент,зовнішній вміст,вміст недоступний,контент недоступний}",
        "цей {контент,вміст} {недоступний,недоступне}",
        "{показати,завантажити} {контент,вміст}",
    ),
    "zh": ("{外部内容,此内容不可用,该内容暂不可用,加载外部内容,显示外部内容}",),
    "ja": (
        "{外部コンテンツ,このコンテンツは利用できません,外部コンテンツを表示,コンテンツを表示}",
    ),
    "ko": ("{외부 콘텐츠,이 콘텐츠는 사용할 수 없습니다,외부 콘텐츠 보기,콘텐츠 보기}",),
}
