"""Account chrome: password links, and the prompts that ask a reader to log in to save articles."""

from __future__ import annotations

from cleaners.cleaning.boilerplate.vocab import Wording

# Password links and headings of a login box (whole lines).
PASSWORD: Wording = {
    "en": (
        "{forgot,forgotten} {your ,}password{,?}",
        "{reset,recover,change} {your ,}password",
        "password {recovery,reset}",
    ),
    "de": (
        "{passwort,kennwort,zugangsdaten} vergessen{,?}",
        "{passwort,kennwort} {zurücksetzen,ändern,wiederherstellen}",
        "neues passwort {anfordern,festlegen}",
    ),
    "fr": (
        "mot de passe oublié{, ?,?}",
        "{réinitialiser,récupérer,changer} {le,votre} mot de passe",
        "réinitialisation du mot de passe",
    ),
    "es": (
        "recuperación de contraseña",
        "{recuperar,restablecer,cambiar} {contraseña,la contraseña,tu contraseña,su contraseña}",
        "¿{olvidaste tu,olvidó su,has olvidado tu,ha olvidado su} contraseña{?,}",
        "{olvidaste tu,olvidó su,olvidé mi} contraseña{?,}",
    ),
    "pt": (
        "{esqueceu,esqueceu-se da} {sua,a} senha{?,}",
        "esqueci {minha,a} senha",
        "{recuperar,redefinir,alterar} {senha,a senha,sua senha,palavra-passe}",
        "recuperação de senha",
    ),
    "it": (
        "{password dimenticata,hai dimenticato la password}{?,}",
        "{recupera,recupero,reimposta,cambia} {la ,}password",
    ),
    "nl": (
        "wachtwoord vergeten{?,}",
        "wachtwoord {herstellen,wijzigen,resetten,opnieuw instellen}",
    ),
    "pl": (
        "{nie pamiętasz hasła,zapomniałeś hasła,zapomniałem hasła}{?,}",
        "{przypomnij,odzyskaj,resetuj,zmień} hasło",
        "{odzyskiwanie,przypomnienie,resetowanie} hasła",
    ),
    "cs": (
        "{zapomenuté heslo,zapomněli jste heslo,zapomněl jsem heslo}{?,}",
        "{obnovit,změnit} heslo",
        "obnova hesla",
    ),
    "ru": (
        "забыли пароль{?,}",
        "{восстановление,сброс} пароля",
        "{восстановить,сбросить,изменить} пароль",
    ),
    "uk": ("забули пароль{?,}", "відновлення пароля", "{відновити,скинути,змінити} пароль"),
    "zh": ("{忘记密码,找回密码,重置密码,修改密码,忘记密码？,忘记密码?}",),
    "ja": (
        "{パスワードを忘れた方,パスワードをお忘れの方,パスワードを忘れた場合,パスワードの再設定,"
        "パスワード再設定,パスワードを変更}",
    ),
    "ko": (
        "{비밀번호 찾기,비밀번호 재설정,비밀번호 변경,아이디 찾기,아이디/비밀번호 찾기}",
        "비밀번호를 잊으셨나요{?,}",
    ),
}

# Log in to save or bookmark an article: whole lines, and openings ending in "...".
SAVE_PROMPTS: Wording = {
    "en": (
        "{sign in,log in,login} to {save,bookmark} {articles,this article,this story,stories}",
        "you must be {logged in,signed in} to {save,bookmark}{, ...}",
        "{sign in,log in} or {register,create an account} to {save,bookmark}{, ...}",
        "create {an,a free} account to {save,bookmark}{, ...}",
        "{sign in,log in,login} to {save,bookmark} {this article,this story} for later",
    ),
    "de": (
        "{melden sie sich an,bitte melden sie sich an,loggen sie sich ein,bitte loggen sie sich "
        "ein,melde dich an,logge dich ein,jetzt anmelden}, um {artikel,diesen artikel,den artikel,"
        "beiträge,inhalte} zu {speichern,merken}",
        "um {artikel,diesen artikel,den artikel,beiträge,inhalte} {zu speichern,zu merken,"
        "speichern zu können,merken zu können}, ...",
        "{sie müssen,du musst} {angemeldet,eingeloggt} sein, um {artikel,diesen artikel,"
        "den artikel,beiträge} zu {speichern,merken}",
        "{anmelden,einloggen} und {artikel,beiträge} {speichern,merken}",
        "zum speichern von artikeln {bitte ,}{anmelden,einloggen}",
    ),
    "fr": (
        "{connectez-vous,identifiez-vous,connecte-toi} pour {sauvegarder,enregistrer,ajouter,"
        "retrouver} {cet article,vos articles,les articles,des articles}{, ...}",
        "vous devez être {connecté,connectée,connecté(e)} pour {sauvegarder,enregistrer}{, ...}",
        "pour {sauvegarder,enregistrer} cet article, ...",
    ),
    "es": (
        "{debe,debes,tienes que,necesitas,tiene que} {iniciar sesión,estar registrado,registrarte,"
        "registrarse} para {poder ,}{guardar,marcar}{, ...}",
        "{inicia,inicie} sesión para {poder ,}guardar{, ...}",
        "{regístrate,regístrese} para {poder ,}guardar{, ...}",
        "para guardar {artículos,este artículo,la noticia,esta noticia,noticias} {debes,debe,"
        "necesitas,tienes que}{, ...}",
    ),
    "pt": (
        "{faça login,faça o login,entre,inicie sessão,inicie a sessão} para {salvar,guardar}{, ...}",
        "{você precisa,é preciso,é necessário} {estar logado,fazer login,iniciar sessão} para "
        "{salvar,guardar}{, ...}",
        "para {salvar,guardar} {esta matéria,este artigo,matérias,artigos,a notícia}, ...",
    ),
    "it": (
        "{accedi,effettua l'accesso,registrati} per {salvare,aggiungere ai preferiti}{, ...}",
        "devi {effettuare l'accesso,essere registrato,accedere} per salvare{, ...}",
        "per salvare {gli articoli,l'articolo,questo articolo}{, ...}",
    ),
    "nl": (
        "log in om {artikelen,dit artikel,het artikel} {te bewaren,op te slaan}{, ...}",
        "{je moet,u moet} ingelogd zijn om {artikelen,dit artikel} {te bewaren,op te slaan}{, ...}",
    ),
    "pl": (
        "zaloguj się, {aby,żeby} {zapisać,dodać do ulubionych,dodać do zapisanych}{, ...}",
        "musisz być zalogowany, {aby,żeby} zapisać{, ...}",
        "aby zapisać artykuł, ...",
    ),
    "cs": (
        "pro uložení {článku,článků} se {přihlaste,musíte přihlásit}{, ...}",
        "{přihlaste se,musíte se přihlásit}, {abyste,aby} si {mohli ,}{uložili,uložit}{, ...}",
        "přihlaste se pro uložení{, ...}",
    ),
    "ru": (
        "{войдите,авторизуйтесь,зарегистрируйтесь}, чтобы {сохранить,сохранять,добавить в "
        "избранное}{, ...}",
        "чтобы {сохранить,добавить} {статью,материал,новость} в избранное, ...",
        "для сохранения {статьи,материала,новости,статей}{, ...}",
    ),
    "uk": (
        "{увійдіть,авторизуйтеся,зареєструйтеся}, щоб {зберегти,зберігати,додати в обране}{, ...}",
        "щоб зберегти {статтю,матеріал,новину}, ...",
    ),
    "zh": ("登录后{才能,即可,可以,}收藏...", "请{先,}登录{后,}{再,}收藏..."),
    "ja": (
        "ログインすると{記事を,}{保存,クリップ}...",
        "ログインして記事を保存...",
        "記事を保存するにはログイン...",
    ),
    "ko": (
        "로그인하고 기사를 저장...",
        "로그인 후 {기사를 ,}{저장,스크랩}...",
        "기사를 저장하려면 로그인...",
    ),
}

# Guest and progress prompts of course, quiz and learning sites: a visitor who has not logged in
# is told that nothing is kept ("You are viewing as a 'Guest'..."), and asked to log in to keep
# their progress. Whole lines, and openings ending in "...".
GUEST_PROMPTS: Wording = {
    "en": (
        "you are {viewing,browsing,reading} as a {guest,‘guest’,'guest',\"guest\"}{, ...}",
        "your progress will not be {recorded,saved}{, ...}",
        "{sign in,log in,login,register} to {save,track,keep} your progress{, ...}",
        "{sign in,log in} to {save,track} your progress and ...",
    ),
    "de": (
        "{sie sind,du bist} als gast {angemeldet,unterwegs,eingeloggt}{, ...}",
        "{ihr,dein} fortschritt wird nicht gespeichert{, ...}",
        "{melden sie sich an,melde dich an,loggen sie sich ein,logge dich ein}, um {ihren,deinen} "
        "{fortschritt,lernfortschritt} zu speichern{, ...}",
    ),
    "fr": (
        "vous êtes connecté en tant {qu'invité,que visiteur}{, ...}",
        "vous naviguez en tant {qu'invité,que visiteur}{, ...}",
        "votre progression ne sera pas {enregistrée,sauvegardée}{, ...}",
        "{connectez-vous,inscrivez-vous} pour {sauvegarder,enregistrer,suivre} votre "
        "progression{, ...}",
    ),
    "es": (
        "estás navegando como {invitado,visitante}{, ...}",
        "tu progreso no se {guardará,registrará}{, ...}",
        "{inicia sesión,regístrate} para guardar tu progreso{, ...}",
    ),
    "pt": (
        "você está navegando como {visitante,convidado}{, ...}",
        "seu progresso não será {salvo,registrado,guardado}{, ...}",
        "{faça login,entre,cadastre-se} para salvar {seu,o seu} progresso{, ...}",
    ),
    "it": (
        "stai navigando come {ospite,visitatore}{, ...}",
        "i tuoi progressi non {verranno,saranno} salvati{, ...}",
        "{accedi,registrati} per salvare i tuoi progressi{, ...}",
    ),
    "nl": (
        "je bekijkt deze {pagina,cursus} als gast{, ...}",
        "{je,uw} voortgang wordt niet opgeslagen{, ...}",
        "log in om {je,uw} voortgang {op te slaan,bij te houden}{, ...}",
    ),
    "pl": (
        "przeglądasz jako gość{, ...}",
        "twoje postępy nie zostaną zapisane{, ...}",
        "zaloguj się, {aby,żeby} zapisać {swoje ,}postępy{, ...}",
    ),
    "cs": (
        "prohlížíte si {stránku,kurz} jako host{, ...}",
        "váš postup nebude uložen{, ...}",
        "přihlaste se a uložte si svůj postup{, ...}",
        "přihlaste se, {abyste si uložili,abyste uložili} svůj postup{, ...}",
    ),
    "ru": (
        "вы {просматриваете,просматриваете страницу} как гость{, ...}",
        "ваш прогресс не будет {сохранён,сохранен}{, ...}",
        "{войдите,авторизуйтесь}, чтобы сохранить {свой ,}прогресс{, ...}",
    ),
    "uk": (
        "ви переглядаєте як гість{, ...}",
        "ваш прогрес не буде збережено{, ...}",
        "увійдіть, щоб зберегти {свій ,}прогрес{, ...}",
    ),
    "zh": ("您当前以访客身份浏览...", "登录后即可保存学习进度...", "登录以保存学习进度..."),
    "ja": (
        "ゲストとして閲覧中...",
        "ログインすると学習の進捗を保存...",
        "ログインして進捗を保存...",
    ),
    "ko": (
        "게스트로 보고 있습니다...",
        "로그인하면 학습 진도를 저장...",
        "로그인하고 진도를 저장...",
    ),
}
