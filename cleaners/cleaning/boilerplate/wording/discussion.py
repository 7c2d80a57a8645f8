"""Comment-thread headings and comment-form labels, per language.

A comments heading after most of the article's prose removes the thread below it, so only
headings that name the readers' comments are listed: not "Diskussion" or "Обсуждение", which
also head sections of articles.
"""

from __future__ import annotations

from cleaners.cleaning.boilerplate.vocab import Wording

COMMENTS: Wording = {
    "de": ("kommentare", "0 kommentare", "kommentar", "kommentare lesen", "leserkommentare",
           "ihre meinung", "ihre meinung zu diesem thema", "kommentare anzeigen",
           "0 antworten zu ...", "0 kommentare zu ...", "0 gedanken zu ...",
           "kommentare sind geschlossen", "0 antworten"),
    "fr": ("commentaires", "0 commentaires", "0 commentaire", "vos réactions", "réactions",
           "{voir,lire,afficher} les commentaires", "0 réponses", "0 réponses à ...",
           "les commentaires sont fermés"),
    "es": ("comentarios", "0 comentarios", "{enviá,envía,envia} tu comentario",
           "ver comentarios", "0 respuestas", "los comentarios están cerrados"),
    "pt": ("comentários", "0 comentários", "ver comentários", "0 respostas",
           "comentários encerrados"),
    "it": ("commenti", "0 commenti", "0 risposte", "i commenti sono chiusi"),
    "nl": ("reacties", "0 reacties", "0 reacties op ..."),
    "pl": ("komentarze", "0 komentarzy", "0 komentarze", "zobacz komentarze",
           "komentarze czytelników"),
    "cs": ("komentáře", "diskuse", "diskuze", "0 komentářů", "vstoupit do diskuse",
           "zobrazit diskusi", "diskuse k článku"),
    "ru": ("комментарии", "0 комментариев", "0 комментария", "комментарии читателей"),
    "uk": ("коментарі", "0 коментарів", "0 коментарі"),
    "zh": ("评论", "网友评论", "查看评论", "全部评论", "0条评论", "評論", "留言"),
    "ja": ("コメント", "0件のコメント", "コメント一覧"),
    "ko": ("댓글", "댓글 0", "0개의 댓글", "댓글 보기"),
}

# The comment form and per-comment chrome, and buttons that invite a comment.
COMMENT_FORM: Wording = {
    "de": ("kommentar schreiben", "kommentieren", "schreiben sie einen kommentar", "kommentar verfassen",
           "antworten", "name", "e-mail", "website", "webseite", "kommentar abschicken",
           "abschicken", "senden", "absenden", "melden", "antwort abbrechen",
           "deine e-mail-adresse wird nicht veröffentlicht ...", "benachrichtige mich ...",
           "meinen namen, meine e-mail-adresse ...", "erforderliche felder sind ..."),
    "fr": ("laisser un commentaire", "commenter", "ajouter un commentaire", "écrire un commentaire", "donnez votre avis",
           "répondre", "nom", "envoyer", "signaler", "publier", "annuler la réponse",
           "votre adresse {e-mail,de messagerie} ne sera pas publiée ...",
           "enregistrer mon nom ...", "les champs obligatoires sont ..."),
    "es": ("deja un comentario", "deja tu comentario", "escribe tu comentario", "comentar", "tu opinión",
           "responder", "nombre", "correo electrónico", "enviar", "publicar", "denunciar",
           "cancelar respuesta", "guardar mi nombre ...", "los campos obligatorios ..."),
    "pt": ("comente", "deixe seu comentário", "deixe {um,o seu} comentário", "comentar",
           "responder", "nome", "enviar", "publicar", "denunciar", "cancelar resposta",
           "seu endereço de e-mail não será publicado ...", "salvar meus dados ...",
           "campos obrigatórios são ..."),
    "it": ("lascia un commento", "commenta", "scrivi un commento",
           "rispondi", "nome", "invia", "pubblica", "segnala", "annulla risposta",
           "il tuo indirizzo email non sarà pubblicato ...", "salva il mio nome ...",
           "i campi obbligatori sono ..."),
    "nl": ("reageer", "plaats een reactie", "laat een reactie achter", "reageren",
           "beantwoorden", "naam", "verzenden", "plaatsen", "reactie annuleren",
           "je e-mailadres wordt niet gepubliceerd ...",
           "uw e-mailadres wordt niet gepubliceerd ...", "verplichte velden zijn ..."),
    "pl": ("dodaj komentarz", "skomentuj", "napisz komentarz",
           "odpowiedz", "imię", "wyślij", "zgłoś", "anuluj pisanie odpowiedzi",
           "twój adres e-mail nie zostanie opublikowany ...",
           "twój adres email nie zostanie opublikowany ...", "wymagane pola są ..."),
    "cs": ("přidat komentář", "napsat komentář",
           "odpovědět", "jméno", "odeslat", "nahlásit", "zrušit odpověď",
           "vaše e-mailová adresa nebude zveřejněna ...", "vyžadované informace jsou ..."),
    "ru": ("оставить комментарий", "написать комментарий", "добавить комментарий",
           "ответить", "имя", "отправить", "пожаловаться", "отменить ответ",
           "ваш адрес email не будет опубликован ...", "ваш e-mail не будет опубликован ...",
           "обязательные поля помечены ..."),
    "uk": ("залишити коментар", "написати коментар", "додати коментар",
           "відповісти", "ім'я", "надіслати", "скасувати відповідь",
           "ваша e-mail адреса не оприлюднюватиметься ...",
           "ваша адреса електронної пошти не буде опублікована ..."),
    "zh": ("发表评论", "我要评论", "发表留言",
           "回复", "举报", "提交", "发表", "匿名", "取消回复"),
    "ja": ("コメントする", "コメントを書く", "コメントを投稿",
           "返信", "返信する", "送信", "通報", "返信をキャンセル"),
    "ko": ("댓글쓰기", "댓글 쓰기", "댓글 달기",
           "답글", "답글쓰기", "신고", "등록", "답글 달기"),
}
