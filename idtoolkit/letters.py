"""PIN letters: the page each holder receives, apart from their PKCS#12 file, with the password
that opens it. Holders read them, so they speak the officer's language (the desktop app passes
its own; the CLI takes ``--lang``); the CSV beside them stays English for mail merges.

One HTML file, one letter per printed page: browsers print right-to-left Arabic and Chinese
correctly, and serials, file names and passwords stay left to right inside any language.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass

from cryptography import x509
from cryptography.x509.oid import NameOID

#: Words of the letter per language (the desktop app's languages).
TEXT: dict[str, dict[str, str]] = {
    "en": {
        "title": "Access code for your certificate — personal and confidential",
        "intro": "Your electronic certificate and its private key are in the PKCS#12 file "
        "named below, which you receive separately. This letter gives the password that "
        "opens it.",
        "holder": "Holder",
        "id": "Identifier",
        "serial": "Certificate serial number",
        "file": "File",
        "password": "Password",
        "ca": "Issuing certification authority",
        "advice": "Keep this letter apart from the file and from your devices. Never send the "
        "password by e-mail or message. If you lose the file or think someone else knows the "
        "password, ask for the certificate to be revoked.",
    },
    "fr": {
        "title": "Code d'accès à votre certificat — personnel et confidentiel",
        "intro": "Votre certificat électronique et sa clé privée se trouvent dans le fichier "
        "PKCS#12 indiqué ci-dessous, qui vous est remis séparément. Ce courrier contient le "
        "mot de passe qui permet de l'ouvrir.",
        "holder": "Titulaire",
        "id": "Identifiant",
        "serial": "Numéro de série du certificat",
        "file": "Fichier",
        "password": "Mot de passe",
        "ca": "Autorité de certification émettrice",
        "advice": "Conservez ce courrier à l'écart du fichier et de vos appareils. N'envoyez "
        "jamais le mot de passe par courriel ni par message. Si vous perdez le fichier ou "
        "pensez qu'une autre personne connaît le mot de passe, demandez la révocation du "
        "certificat.",
    },
    "ar": {
        "title": "رمز الوصول إلى شهادتك — شخصي وسري",
        "intro": "توجد شهادتك الإلكترونية ومفتاحها الخاص في ملف PKCS#12 المذكور أدناه، والذي "
        "يُسلَّم إليك بشكل منفصل. تتضمن هذه الرسالة كلمة المرور التي تتيح فتحه.",
        "holder": "صاحب الشهادة",
        "id": "المعرّف",
        "serial": "الرقم التسلسلي للشهادة",
        "file": "الملف",
        "password": "كلمة المرور",
        "ca": "جهة التصديق المُصدِرة",
        "advice": "احتفظ بهذه الرسالة بعيدًا عن الملف وعن أجهزتك. لا ترسل كلمة المرور أبدًا عبر "
        "البريد الإلكتروني أو الرسائل. إذا فقدت الملف أو اعتقدت أن شخصًا آخر يعرف كلمة المرور، "
        "فاطلب إلغاء الشهادة.",
    },
    "es": {
        "title": "Código de acceso a su certificado — personal y confidencial",
        "intro": "Su certificado electrónico y su clave privada están en el archivo PKCS#12 "
        "indicado abajo, que recibirá por separado. Esta carta contiene la contraseña que "
        "permite abrirlo.",
        "holder": "Titular",
        "id": "Identificador",
        "serial": "Número de serie del certificado",
        "file": "Archivo",
        "password": "Contraseña",
        "ca": "Autoridad de certificación emisora",
        "advice": "Guarde esta carta separada del archivo y de sus dispositivos. No envíe nunca "
        "la contraseña por correo electrónico ni por mensaje. Si pierde el archivo o cree que "
        "otra persona conoce la contraseña, solicite la revocación del certificado.",
    },
    "pt": {
        "title": "Código de acesso ao seu certificado — pessoal e confidencial",
        "intro": "O seu certificado digital e a respetiva chave privada estão no ficheiro "
        "PKCS#12 indicado abaixo, que lhe é entregue em separado. Esta carta contém a "
        "palavra-passe que permite abri-lo.",
        "holder": "Titular",
        "id": "Identificador",
        "serial": "Número de série do certificado",
        "file": "Ficheiro",
        "password": "Palavra-passe",
        "ca": "Autoridade de certificação emissora",
        "advice": "Guarde esta carta separada do ficheiro e dos seus dispositivos. Nunca envie "
        "a palavra-passe por correio eletrónico ou mensagem. Se perder o ficheiro ou suspeitar "
        "que outra pessoa conhece a palavra-passe, peça a revogação do certificado.",
    },
    "ru": {
        "title": "Код доступа к вашему сертификату — лично и конфиденциально",
        "intro": "Ваш сертификат и его закрытый ключ находятся в указанном ниже файле PKCS#12, "
        "который вы получаете отдельно. В этом письме указан пароль для его открытия.",
        "holder": "Владелец",
        "id": "Идентификатор",
        "serial": "Серийный номер сертификата",
        "file": "Файл",
        "password": "Пароль",
        "ca": "Удостоверяющий центр, выдавший сертификат",
        "advice": "Храните это письмо отдельно от файла и ваших устройств. Никогда не "
        "пересылайте пароль по электронной почте или в сообщениях. Если вы потеряли файл или "
        "подозреваете, что пароль известен кому-то ещё, запросите отзыв сертификата.",
    },
    "zh_CN": {
        "title": "证书访问密码 — 个人机密",
        "intro": "您的电子证书及其私钥保存在下列 PKCS#12 文件中，该文件将另行交付。"
        "本函提供打开该文件所需的密码。",
        "holder": "持有人",
        "id": "标识",
        "serial": "证书序列号",
        "file": "文件",
        "password": "密码",
        "ca": "签发证书的证书颁发机构",
        "advice": "请将本函与证书文件及您的设备分开保管。切勿通过电子邮件或消息发送密码。"
        "如文件丢失或怀疑他人知悉密码，请申请吊销证书。",
    },
}
RIGHT_TO_LEFT = frozenset({"ar"})


@dataclass(frozen=True)
class Letter:
    row_id: str
    holder: str
    serial: str
    file: str
    password: str


def holder_name(subject: x509.Name) -> str:
    """The name a holder is greeted by: the common name, else given name and surname, else the
    pseudonym; the whole DN (RFC 4514) only when none of them is there. A letter is read by a
    person, who knows themself as "أمينة العلوي", not as ``CN=…,GN=…,SN=…,C=MA``."""

    def first(oid: x509.ObjectIdentifier) -> str:
        values = subject.get_attributes_for_oid(oid)
        return str(values[0].value).strip() if values else ""

    common = first(NameOID.COMMON_NAME)
    if common:
        return common
    given_family = " ".join(p for p in (first(NameOID.GIVEN_NAME), first(NameOID.SURNAME)) if p)
    return given_family or first(NameOID.PSEUDONYM) or subject.rfc4514_string()


def letter_language(code: str | None) -> str:
    """The letter language for a locale name: ``fr_SN`` → ``fr``, ``zh`` → ``zh_CN``,
    ``pt_BR`` → ``pt``; anything else English."""
    if not code:
        return "en"
    code = code.replace("-", "_")
    if code in TEXT:
        return code
    base = code.split("_")[0]
    if base == "zh":
        return "zh_CN"
    return base if base in TEXT else "en"


def render_letters(letters: Iterable[Letter], issuing_ca: str, language: str = "en") -> str:
    """The HTML page of every letter, each starting on a new printed page."""
    lang = letter_language(language)
    words = TEXT[lang]
    e = html.escape
    direction = "rtl" if lang in RIGHT_TO_LEFT else "ltr"
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{lang.replace("_", "-")}" dir="{direction}"><head><meta charset="utf-8">',
        f"<title>{e(words['title'])}</title>",
        "<style>body{font-family:sans-serif;margin:2cm}section{page-break-after:always}"
        "td{padding:4px 12px}.v{font-family:monospace;font-size:1.2em}</style></head><body>",
    ]
    for letter in letters:
        rows = [
            (words["holder"], letter.holder, False),
            (words["id"], letter.row_id, True),
            (words["serial"], letter.serial, True),
            (words["file"], letter.file, True),
            (words["password"], letter.password, True),
            (words["ca"], issuing_ca, False),
        ]
        out.append(f"<section><h2>{e(words['title'])}</h2><p>{e(words['intro'])}</p><table>")
        for label, value, data in rows:
            # Data reads left to right; a name or a CA's DN takes its own direction (an Arabic
            # name in a French letter, a Latin one in an Arabic letter), isolated from the row.
            shown = (
                f'<bdi dir="ltr" class="v">{e(value)}</bdi>' if data else f"<bdi>{e(value)}</bdi>"
            )
            out.append(f"<tr><th>{e(label)}</th><td>{shown}</td></tr>")
        out.append(f"</table><p>{e(words['advice'])}</p></section>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"
