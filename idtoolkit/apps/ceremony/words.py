# ruff: noqa: RUF001
# (translations: Cyrillic letters and full-width punctuation are meant)
"""The runner's own sentences (step headings, confirmations, read-aloud headings) in the seven
languages a script may carry, chosen like the script's texts: the reader's language, English
when the script has none in it. The words typed back (``yes``, ``names``, ``stop``,
``exception:``) stay the same in every language: a typed confirmation must not depend on the
keyboard layout. In Arabic every field that is data (a name, a file, a step id) is isolated
left to right; a step's title or read-aloud text is not (it is Arabic text itself)."""

from __future__ import annotations

import re
from collections.abc import Mapping

LRI, PDI = "\u2066", "\u2069"
RIGHT_TO_LEFT = ("ar",)

TEXTS: dict[str, dict[str, str]] = {
    "heading": {
        "en": "Ceremony {id}: {title}",
        "fr": "Cérémonie {id} : {title}",
        "ar": "المراسم {id}: {title}",
        "es": "Ceremonia {id}: {title}",
        "pt": "Cerimónia {id}: {title}",
        "ru": "Церемония {id}: {title}",
        "zh_CN": "仪式 {id}：{title}",
    },
    "script_hash": {
        "en": "Script SHA-256: {sha256}",
        "fr": "SHA-256 du script : {sha256}",
        "ar": "بصمة SHA-256 للنص: {sha256}",
        "es": "SHA-256 del guion: {sha256}",
        "pt": "SHA-256 do guião: {sha256}",
        "ru": "SHA-256 сценария: {sha256}",
        "zh_CN": "脚本 SHA-256：{sha256}",
    },
    "names": {
        "en": "Names of the {title} present ({need}, comma-separated; 'stop' pauses): ",
        "fr": "Présents — {title} ({need}, noms séparés par des virgules ; 'stop' met en pause) : ",
        "ar": "أسماء الحاضرين من {title} ({need}، مفصولة بفواصل؛ 'stop' يوقف مؤقتًا): ",
        "es": "Presentes — {title} ({need}, nombres separados por comas; 'stop' hace una pausa): ",
        "pt": "Presentes — {title} ({need}, nomes separados por vírgulas; 'stop' faz uma pausa): ",
        "ru": "Присутствуют — {title} ({need}, имена через запятую; 'stop' ставит на паузу): ",
        "zh_CN": "在场的{title}姓名（{need}，用逗号分隔；'stop' 暂停）：",
    },
    "at_least": {
        "en": "at least {minimum}",
        "fr": "au moins {minimum}",
        "ar": "{minimum} على الأقل",
        "es": "al menos {minimum}",
        "pt": "pelo menos {minimum}",
        "ru": "не менее {minimum}",
        "zh_CN": "至少 {minimum} 人",
    },
    "at_least_of": {
        "en": "at least {minimum} of {of}",
        "fr": "au moins {minimum} sur {of}",
        "ar": "{minimum} من {of} على الأقل",
        "es": "al menos {minimum} de {of}",
        "pt": "pelo menos {minimum} de {of}",
        "ru": "не менее {minimum} из {of}",
        "zh_CN": "{of} 人中至少 {minimum} 人",
    },
    "too_few": {
        "en": "  {title}: {count} named, {minimum} needed",
        "fr": "  {title} : {count} nommé(s), {minimum} requis",
        "ar": "  {title}: سُمّي {count}، والمطلوب {minimum}",
        "es": "  {title}: {count} nombrado(s), se necesitan {minimum}",
        "pt": "  {title}: {count} nomeado(s), são necessários {minimum}",
        "ru": "  {title}: названо {count}, нужно {minimum}",
        "zh_CN": "  {title}：已填写 {count} 人，需要 {minimum} 人",
    },
    "resuming": {
        "en": "Resuming ceremony {id} in {out}: {done} of {total} steps done",
        "fr": "Reprise de la cérémonie {id} dans {out} : {done} étape(s) faite(s) sur {total}",
        "ar": "استئناف المراسم {id} في {out}: أُنجزت {done} من {total} خطوات",
        "es": "Reanudando la ceremonia {id} en {out}: {done} de {total} pasos hechos",
        "pt": "A retomar a cerimónia {id} em {out}: {done} de {total} passos feitos",
        "ru": "Возобновление церемонии {id} в {out}: выполнено шагов {done} из {total}",
        "zh_CN": "在 {out} 中继续仪式 {id}：已完成 {done}/{total} 步",
    },
    "took_part": {
        "en": "Taking part when the ceremony paused:",
        "fr": "Participants au moment de la pause :",
        "ar": "المشاركون عند إيقاف المراسم مؤقتًا:",
        "es": "Participantes cuando se pausó la ceremonia:",
        "pt": "Participantes quando a cerimónia foi pausada:",
        "ru": "Участники на момент паузы церемонии:",
        "zh_CN": "仪式暂停时的参与者：",
    },
    "same_people": {
        "en": "Type 'yes' if the same people are present "
        "('names' to name who is present now, 'stop' pauses): ",
        "fr": "Tapez 'yes' si les mêmes personnes sont présentes "
        "('names' pour nommer les présents, 'stop' met en pause) : ",
        "ar": "اكتب 'yes' إذا كان الأشخاص أنفسهم حاضرين "
        "('names' لتسمية الحاضرين الآن، و'stop' يوقف مؤقتًا): ",
        "es": "Escriba 'yes' si están presentes las mismas personas "
        "('names' para nombrar a los presentes, 'stop' hace una pausa): ",
        "pt": "Escreva 'yes' se estiverem presentes as mesmas pessoas "
        "('names' para nomear os presentes, 'stop' faz uma pausa): ",
        "ru": "Введите 'yes', если присутствуют те же люди "
        "('names' — назвать присутствующих сейчас, 'stop' ставит на паузу): ",
        "zh_CN": "如果在场人员相同，请输入 'yes'（'names' 填写现在在场的人，'stop' 暂停）：",
    },
    "yes_or_names": {
        "en": "  type exactly 'yes' or 'names'",
        "fr": "  tapez exactement 'yes' ou 'names'",
        "ar": "  اكتب 'yes' أو 'names' تمامًا",
        "es": "  escriba exactamente 'yes' o 'names'",
        "pt": "  escreva exatamente 'yes' ou 'names'",
        "ru": "  введите ровно 'yes' или 'names'",
        "zh_CN": "  请准确输入 'yes' 或 'names'",
    },
    "step": {
        "en": "Step {number} of {total}: {title}",
        "fr": "Étape {number} sur {total} : {title}",
        "ar": "الخطوة {number} من {total}: {title}",
        "es": "Paso {number} de {total}: {title}",
        "pt": "Passo {number} de {total}: {title}",
        "ru": "Шаг {number} из {total}: {title}",
        "zh_CN": "第 {number} 步，共 {total} 步：{title}",
    },
    "records": {
        "en": "  values to record: {names}",
        "fr": "  valeurs à consigner : {names}",
        "ar": "  القيم المطلوب تسجيلها: {names}",
        "es": "  valores que registrar: {names}",
        "pt": "  valores a registar: {names}",
        "ru": "  значения для записи: {names}",
        "zh_CN": "  需记录的值：{names}",
    },
    "action": {
        "en": "  action: {action}    performed by: {actors}",
        "fr": "  action : {action}    réalisée par : {actors}",
        "ar": "  الإجراء: {action}    يؤديه: {actors}",
        "es": "  acción: {action}    la realizan: {actors}",
        "pt": "  ação: {action}    realizada por: {actors}",
        "ru": "  действие: {action}    выполняют: {actors}",
        "zh_CN": "  操作：{action}    执行者：{actors}",
    },
    "say": {
        "en": "  read aloud: {say}",
        "fr": "  à lire à voix haute : {say}",
        "ar": "  يُقرأ بصوت عالٍ: {say}",
        "es": "  leer en voz alta: {say}",
        "pt": "  ler em voz alta: {say}",
        "ru": "  зачитать вслух: {say}",
        "zh_CN": "  大声宣读：{say}",
    },
    "writes": {
        "en": "  writes: {outputs}",
        "fr": "  produira : {outputs}",
        "ar": "  يكتب: {outputs}",
        "es": "  escribe: {outputs}",
        "pt": "  escreve: {outputs}",
        "ru": "  записывает: {outputs}",
        "zh_CN": "  写入：{outputs}",
    },
    "confirm": {
        "en": "Type 'yes' when {actors} are ready to perform '{step}' "
        "('exception: TEXT' records a witness's exception, 'stop' pauses): ",
        "fr": "Tapez 'yes' quand {actors} sont prêts à réaliser '{step}' "
        "('exception: TEXTE' consigne une réserve d'un témoin, 'stop' met en pause) : ",
        "ar": "اكتب 'yes' عندما يكون {actors} مستعدين لتنفيذ '{step}' "
        "('exception: النص' يسجّل تحفظ شاهد، و'stop' يوقف مؤقتًا): ",
        "es": "Escriba 'yes' cuando {actors} estén listos para realizar '{step}' "
        "('exception: TEXTO' registra una objeción de un testigo, 'stop' hace una pausa): ",
        "pt": "Escreva 'yes' quando {actors} estiverem prontos para realizar '{step}' "
        "('exception: TEXTO' regista uma objeção de uma testemunha, 'stop' faz uma pausa): ",
        "ru": "Введите 'yes', когда {actors} будут готовы выполнить '{step}' "
        "('exception: ТЕКСТ' записывает замечание свидетеля, 'stop' ставит на паузу): ",
        "zh_CN": "当 {actors} 准备好执行 '{step}' 时输入 'yes'"
        "（'exception: 文字' 记录见证人的异议，'stop' 暂停）：",
    },
    "confirm_one": {
        "en": "Type 'yes' when {actors} is ready to perform '{step}' "
        "('exception: TEXT' records a witness's exception, 'stop' pauses): ",
        "fr": "Tapez 'yes' quand {actors} est prêt à réaliser '{step}' "
        "('exception: TEXTE' consigne une réserve d'un témoin, 'stop' met en pause) : ",
        "ar": "اكتب 'yes' عندما يكون {actors} مستعدًا لتنفيذ '{step}' "
        "('exception: النص' يسجّل تحفظ شاهد، و'stop' يوقف مؤقتًا): ",
        "es": "Escriba 'yes' cuando {actors} esté listo para realizar '{step}' "
        "('exception: TEXTO' registra una objeción de un testigo, 'stop' hace una pausa): ",
        "pt": "Escreva 'yes' quando {actors} estiver pronto para realizar '{step}' "
        "('exception: TEXTO' regista uma objeção de uma testemunha, 'stop' faz uma pausa): ",
        "ru": "Введите 'yes', когда {actors} будет готов выполнить '{step}' "
        "('exception: ТЕКСТ' записывает замечание свидетеля, 'stop' ставит на паузу): ",
        "zh_CN": "当 {actors} 准备好执行 '{step}' 时输入 'yes'"
        "（'exception: 文字' 记录见证人的异议，'stop' 暂停）：",
    },
    "envelope": {
        "en": "Envelope number for share {number} of {count} ({file}): ",
        "fr": "Numéro de l'enveloppe de la part {number} sur {count} ({file}) : ",
        "ar": "رقم الظرف للحصة {number} من {count} ({file}): ",
        "es": "Número de sobre de la parte {number} de {count} ({file}): ",
        "pt": "Número do envelope da parte {number} de {count} ({file}): ",
        "ru": "Номер конверта для доли {number} из {count} ({file}): ",
        "zh_CN": "第 {number} 份（共 {count} 份）的信封编号（{file}）：",
    },
    "duplicate_envelope": {
        "en": "  envelope {envelope} holds share {number} already: each share has its own envelope",
        "fr": "  l'enveloppe {envelope} contient déjà la part {number} : chaque part a sa propre "
        "enveloppe",
        "ar": "  الظرف {envelope} يحوي الحصة {number} بالفعل: لكل حصة ظرفها الخاص",
        "es": "  el sobre {envelope} ya contiene la parte {number}: cada parte tiene su propio sobre",
        "pt": "  o envelope {envelope} já contém a parte {number}: cada parte tem o seu envelope",
        "ru": "  в конверте {envelope} уже лежит доля {number}: у каждой доли свой конверт",
        "zh_CN": "  信封 {envelope} 已装有第 {number} 份：每份都有自己的信封",
    },
    "list_separator": {
        "en": ", ",
        "fr": ", ",
        "ar": "، ",
        "es": ", ",
        "pt": ", ",
        "ru": ", ",
        "zh_CN": "、",
    },
    "and": {
        "en": " and ",
        "fr": " et ",
        "ar": " و",
        "es": " y ",
        "pt": " e ",
        "ru": " и ",
        "zh_CN": "和",
    },
    "administrator": {
        "en": "the administrator",
        "fr": "l'administrateur",
        "ar": "المدير",
        "es": "el administrador",
        "pt": "o administrador",
        "ru": "администратор",
        "zh_CN": "管理员",
    },
    "witness": {
        "en": "Witness recording this exception: ",
        "fr": "Témoin qui consigne cette réserve : ",
        "ar": "الشاهد الذي يسجّل هذا التحفظ: ",
        "es": "Testigo que registra esta objeción: ",
        "pt": "Testemunha que regista esta objeção: ",
        "ru": "Свидетель, записывающий это замечание: ",
        "zh_CN": "记录此异议的见证人：",
    },
    "recorded": {
        "en": "  exception recorded in the transcript",
        "fr": "  réserve consignée dans le procès-verbal",
        "ar": "  سُجّل التحفظ في المحضر",
        "es": "  objeción registrada en el acta",
        "pt": "  objeção registada na ata",
        "ru": "  замечание записано в протокол",
        "zh_CN": "  异议已记入记录",
    },
    "yes_only": {
        "en": "  type exactly 'yes' to go on",
        "fr": "  tapez exactement 'yes' pour continuer",
        "ar": "  اكتب 'yes' تمامًا للمتابعة",
        "es": "  escriba exactamente 'yes' para continuar",
        "pt": "  escreva exatamente 'yes' para continuar",
        "ru": "  введите ровно 'yes', чтобы продолжить",
        "zh_CN": "  请准确输入 'yes' 以继续",
    },
    "value": {
        "en": "Value of {name}: ",
        "fr": "Valeur de {name} : ",
        "ar": "قيمة {name}: ",
        "es": "Valor de {name}: ",
        "pt": "Valor de {name}: ",
        "ru": "Значение {name}: ",
        "zh_CN": "{name} 的值：",
    },
    "wrote": {
        "en": "  wrote {name}",
        "fr": "  écrit : {name}",
        "ar": "  كُتب {name}",
        "es": "  escrito: {name}",
        "pt": "  escrito: {name}",
        "ru": "  записан {name}",
        "zh_CN": "  已写入 {name}",
    },
    "complete": {
        "en": "Ceremony complete. Each participant now signs {transcript}: {command}",
        "fr": "Cérémonie terminée. Chaque participant signe maintenant {transcript} : {command}",
        "ar": "اكتملت المراسم. يوقّع كل مشارك الآن {transcript}: {command}",
        "es": "Ceremonia terminada. Cada participante firma ahora {transcript}: {command}",
        "pt": "Cerimónia concluída. Cada participante assina agora {transcript}: {command}",
        "ru": "Церемония завершена. Теперь каждый участник подписывает {transcript}: {command}",
        "zh_CN": "仪式完成。现在每位参与者签署 {transcript}：{command}",
    },
    "read_aloud": {
        "en": "Read aloud and compare",
        "fr": "Lire à voix haute et comparer",
        "ar": "اقرأ بصوت عالٍ وقارن",
        "es": "Leer en voz alta y comparar",
        "pt": "Ler em voz alta e comparar",
        "ru": "Зачитайте вслух и сверьте",
        "zh_CN": "大声宣读并核对",
    },
    "in_words": {
        "en": "in words",
        "fr": "en mots",
        "ar": "بالكلمات",
        "es": "en palabras",
        "pt": "em palavras",
        "ru": "словами",
        "zh_CN": "单词形式",
    },
    "read_back": {
        "en": "Recorded, read it back: {name} = {value}",
        "fr": "Consigné, relisez-le : {name} = {value}",
        "ar": "سُجّل، أعد قراءته: {name} = {value}",
        "es": "Registrado, reléalo: {name} = {value}",
        "pt": "Registado, releia-o: {name} = {value}",
        "ru": "Записано, зачитайте повторно: {name} = {value}",
        "zh_CN": "已记录，请复读：{name} = {value}",
    },
    "root_fingerprint": {
        "en": "the root certificate's fingerprint (SHA-256)",
        "fr": "l'empreinte du certificat racine (SHA-256)",
        "ar": "بصمة الشهادة الجذرية (SHA-256)",
        "es": "la huella del certificado raíz (SHA-256)",
        "pt": "a impressão digital do certificado raiz (SHA-256)",
        "ru": "отпечаток корневого сертификата (SHA-256)",
        "zh_CN": "根证书的指纹（SHA-256）",
    },
    "csr_hash": {
        "en": "SHA-256 of the request (DER), to compare with the one its operator sent",
        "fr": "SHA-256 de la demande (DER), à comparer avec celui envoyé par son opérateur",
        "ar": "بصمة SHA-256 للطلب (DER)، للمقارنة بتلك التي أرسلها مشغّله",
        "es": "SHA-256 de la solicitud (DER), para comparar con el que envió su operador",
        "pt": "SHA-256 do pedido (DER), a comparar com o enviado pelo seu operador",
        "ru": "SHA-256 запроса (DER), для сверки с присланным его оператором",
        "zh_CN": "请求（DER）的 SHA-256，与其操作员发送的值核对",
    },
    "ca_fingerprint": {
        "en": "the new CA certificate's fingerprint (SHA-256)",
        "fr": "l'empreinte du nouveau certificat d'AC (SHA-256)",
        "ar": "بصمة شهادة سلطة التصديق الجديدة (SHA-256)",
        "es": "la huella del nuevo certificado de AC (SHA-256)",
        "pt": "a impressão digital do novo certificado de AC (SHA-256)",
        "ru": "отпечаток нового сертификата УЦ (SHA-256)",
        "zh_CN": "新 CA 证书的指纹（SHA-256）",
    },
    "service_fingerprint": {
        "en": "the service certificate's fingerprint (SHA-256)",
        "fr": "l'empreinte du certificat de service (SHA-256)",
        "ar": "بصمة شهادة الخدمة (SHA-256)",
        "es": "la huella del certificado de servicio (SHA-256)",
        "pt": "a impressão digital do certificado de serviço (SHA-256)",
        "ru": "отпечаток сертификата службы (SHA-256)",
        "zh_CN": "服务证书的指纹（SHA-256）",
    },
    "sealed_head": {
        "en": "the sealed audit trail's head (SHA-256)",
        "fr": "la tête de la piste d'audit scellée (SHA-256)",
        "ar": "رأس سجل التدقيق المختوم (SHA-256)",
        "es": "la cabeza del registro de auditoría sellado (SHA-256)",
        "pt": "a cabeça do registo de auditoria selado (SHA-256)",
        "ru": "вершина запечатанного журнала аудита (SHA-256)",
        "zh_CN": "已封存审计记录的头部（SHA-256）",
    },
}


#: Fields that are text in the reader's language (a step's title), not data: never isolated.
TEXT_FIELDS = frozenset({"title", "say", "actors"})

#: A step's parameter names (the script's keys) as the reader's language says them; a key
#: not listed, or a language without it, shows the key itself (it is what the script says).
PARAM_LABELS: dict[str, dict[str, str]] = {
    "ca": {"fr": "AC", "ar": "جهة التصديق", "es": "CA", "pt": "AC", "ru": "УЦ", "zh_CN": "CA"},
    "subject": {
        "fr": "sujet", "ar": "الموضوع", "es": "sujeto", "pt": "titular", "ru": "субъект",
        "zh_CN": "主体",
    },
    "key": {"fr": "clé", "ar": "المفتاح", "es": "clave", "pt": "chave", "ru": "ключ", "zh_CN": "密钥"},
    "days": {
        "fr": "jours", "ar": "الأيام", "es": "días", "pt": "dias", "ru": "дней", "zh_CN": "天数",
    },
    "kind": {"fr": "type", "ar": "النوع", "es": "tipo", "pt": "tipo", "ru": "вид", "zh_CN": "类型"},
    "shares": {
        "fr": "parts", "ar": "الحصص", "es": "partes", "pt": "partes", "ru": "доли",
        "zh_CN": "份额",
    },
    "threshold": {
        "fr": "seuil", "ar": "العتبة", "es": "umbral", "pt": "limiar", "ru": "порог",
        "zh_CN": "阈值",
    },
    "csr": {
        "fr": "CSR", "ar": "طلب توقيع الشهادة", "es": "CSR", "pt": "CSR", "ru": "CSR",
        "zh_CN": "CSR",
    },
    "label": {
        "fr": "étiquette", "ar": "التسمية", "es": "etiqueta", "pt": "etiqueta", "ru": "метка",
        "zh_CN": "标签",
    },
    "key_label": {
        "fr": "étiquette de la clé", "ar": "تسمية المفتاح", "es": "etiqueta de la clave",
        "pt": "etiqueta da chave", "ru": "метка ключа", "zh_CN": "密钥标签",
    },
    "name": {"fr": "nom", "ar": "الاسم", "es": "nombre", "pt": "nome", "ru": "имя", "zh_CN": "名称"},
    "backupable": {
        "fr": "sauvegardable", "ar": "قابل للنسخ الاحتياطي", "es": "respaldable",
        "pt": "salvaguardável", "ru": "с резервной копией", "zh_CN": "可备份",
    },
}  # fmt: skip


def param_line(lang: str, key: str, value: str) -> str:
    """One parameter of a step, "  label: value", the value left to right in an RTL text."""
    label = PARAM_LABELS.get(key, {}).get(lang, key)
    shown = f"{LRI}{value}{PDI}" if lang in RIGHT_TO_LEFT else value
    return labelled(lang, f"  {label}", shown)


#: "heading: value" in each language's typography (French puts a space before the colon).
COLON = {"fr": " : ", "zh_CN": "："}


def labelled(lang: str, label: str, value: str) -> str:
    """``label: value`` with the colon ``lang`` writes (neither part isolated)."""
    return label + COLON.get(lang, ": ") + value


def text(lang: str, key: str, /, **params: object) -> str:
    """One of the runner's sentences in ``lang`` (English when it has none), its fields
    filled, each isolated left to right in a right-to-left language."""
    template = TEXTS[key].get(lang, TEXTS[key]["en"])
    if lang in RIGHT_TO_LEFT:
        return template.format_map(
            {k: v if k in TEXT_FIELDS else f"{LRI}{v}{PDI}" for k, v in params.items()}
        )
    return template.format_map({k: str(v) for k, v in params.items()})


def _prefix_pattern(key: str) -> re.Pattern[str]:
    """Matches the sentence ``key`` in any language, its first field captured (any later
    field matches anything)."""
    alternatives = []
    for template in TEXTS[key].values():
        head, _, tail = template.partition("{")
        rest = re.split(r"\{[a-z_]+\}", tail.split("}", 1)[1])
        alternatives.append(
            re.escape(head) + r"\u2066?(.+?)\u2069?" + ".+?".join(re.escape(r) for r in rest)
        )
    return re.compile("^(?:" + "|".join(alternatives) + ")$", re.DOTALL)


_VALUE = _prefix_pattern("value")
_STEP_HEADS = tuple(t.split("{", 1)[0] for t in TEXTS["step"].values())
_ENVELOPE = _prefix_pattern("envelope")
_CONFIRM_HEADS = tuple(
    t.split("{", 1)[0] for key in ("confirm", "confirm_one") for t in TEXTS[key].values()
)


def list_separator(lang: str) -> str:
    """What separates the items of a list in ``lang`` (the Arabic comma, the Chinese 、)."""
    return TEXTS["list_separator"].get(lang, ", ")


def ltr_id(lang: str, name: str) -> str:
    """A script's id (a role, a step) inside a sentence: isolated left to right in a
    right-to-left language."""
    return f"{LRI}{name}{PDI}" if lang in RIGHT_TO_LEFT else name


def actors_phrase(lang: str, actors: list[str], labels: Mapping[str, str] | None = None) -> str:
    """Who acts, as the confirmation names them: ``the administrator``, ``the administrator
    and witness``. In English the script's role ids read as the roles; in another language
    each role is named by its title in that language (``labels``: id -> title) when the
    script has one, else by its id, isolated left to right in a right-to-left language."""
    if not actors:
        return text(lang, "administrator")
    if lang == "en":
        named = list(actors)
    else:
        named = [(labels or {}).get(a) or ltr_id(lang, a) for a in actors]
    names = (
        named[0]
        if len(named) == 1
        else (list_separator(lang).join(named[:-1]) + TEXTS["and"].get(lang, " and ") + named[-1])
    )
    return "the " + names if lang == "en" else names


def asked_envelope(prompt: str) -> str | None:
    """The share number an "Envelope number for share N of M" prompt asks for (None: another)."""
    match = _ENVELOPE.match(prompt)
    return next((g for g in match.groups() if g), None) if match else None


def asked_value(prompt: str) -> str | None:
    """The name a "Value of NAME: " prompt asks for, in whatever language (None: another)."""
    match = _VALUE.match(prompt)
    return next((g for g in match.groups() if g), None) if match else None


def is_step_heading(shown: str) -> bool:
    """Whether a shown block is a step's heading ("Step 2 of 7: …"), in any language."""
    return shown.startswith(_STEP_HEADS)


def asks_confirmation(prompt: str) -> bool:
    """Whether a prompt asks to confirm a step ("Type 'yes' when …"), in any language."""
    return prompt.startswith(_CONFIRM_HEADS)
