# ruff: noqa: RUF001
# (translations: Cyrillic letters and full-width punctuation are meant)
"""The few fixed words of handouts and check results, per language (English as fallback).
Pack texts (titles, statements, hints) come from the pack itself."""

from __future__ import annotations

import re
from typing import Any

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "values": "Your values",
        "secrets": "Your secrets (keep them to yourself)",
        "passphrase": "Workspace passphrase",
        "pin": "Token user PIN",
        "so_pin": "Token security officer PIN",
        "port": "Your service port",
        "tokens": "Your tokens",
        "workspace": "Your workspace",
        "exercises": "Exercises",
        "points": "points",
        "point": "point",
        "check": "Check your work",
        "pass": "PASS",
        "fail": "FAIL",
    },
    "fr": {
        "values": "Vos valeurs",
        "secrets": "Vos secrets (gardez-les pour vous)",
        "passphrase": "Phrase secrète de l'espace de travail",
        "pin": "PIN utilisateur du jeton",
        "so_pin": "PIN responsable sécurité du jeton",
        "port": "Port de vos services",
        "tokens": "Vos jetons",
        "workspace": "Votre espace de travail",
        "exercises": "Exercices",
        "points": "points",
        "point": "point",
        "check": "Vérifiez votre travail",
        "pass": "RÉUSSI",
        "fail": "ÉCHEC",
    },
    "ar": {
        "values": "قيمك",
        "secrets": "أسرارك (احتفظ بها لنفسك)",
        "passphrase": "عبارة مرور مساحة العمل",
        "pin": "رمز PIN المستخدم للرمز المميز",
        "so_pin": "رمز PIN مسؤول الأمن للرمز المميز",
        "port": "منفذ خدماتك",
        "tokens": "رموزك المميزة",
        "workspace": "مساحة عملك",
        "exercises": "التمارين",
        "points": "نقاط",
        "point": "نقطة",
        "check": "تحقق من عملك",
        "pass": "ناجح",
        "fail": "راسب",
    },
    "es": {
        "values": "Sus valores",
        "secrets": "Sus secretos (guárdelos para usted)",
        "passphrase": "Frase de contraseña del espacio de trabajo",
        "pin": "PIN de usuario del token",
        "so_pin": "PIN del responsable de seguridad del token",
        "port": "Puerto de sus servicios",
        "tokens": "Sus tokens",
        "workspace": "Su espacio de trabajo",
        "exercises": "Ejercicios",
        "points": "puntos",
        "point": "punto",
        "check": "Compruebe su trabajo",
        "pass": "APROBADO",
        "fail": "FALLO",
    },
    "pt": {
        "values": "Os seus valores",
        "secrets": "Os seus segredos (guarde-os para si)",
        "passphrase": "Frase-passe do espaço de trabalho",
        "pin": "PIN de utilizador do token",
        "so_pin": "PIN do responsável de segurança do token",
        "port": "Porta dos seus serviços",
        "tokens": "Os seus tokens",
        "workspace": "O seu espaço de trabalho",
        "exercises": "Exercícios",
        "points": "pontos",
        "point": "ponto",
        "check": "Verifique o seu trabalho",
        "pass": "APROVADO",
        "fail": "FALHOU",
    },
    "ru": {
        "values": "Ваши значения",
        "secrets": "Ваши секреты (никому их не сообщайте)",
        "passphrase": "Парольная фраза рабочего пространства",
        "pin": "PIN пользователя токена",
        "so_pin": "PIN офицера безопасности токена",
        "port": "Порт ваших служб",
        "tokens": "Ваши токены",
        "workspace": "Ваше рабочее пространство",
        "exercises": "Упражнения",
        "points": "баллов",
        "point": "балл",
        "check": "Проверьте свою работу",
        "pass": "ПРОЙДЕНО",
        "fail": "НЕ ПРОЙДЕНО",
    },
    "zh_CN": {
        "values": "您的值",
        "secrets": "您的机密（请勿告诉他人）",
        "passphrase": "工作区口令",
        "pin": "令牌用户 PIN",
        "so_pin": "令牌安全员 PIN",
        "port": "您的服务端口",
        "tokens": "您的令牌",
        "workspace": "您的工作区",
        "exercises": "练习",
        "points": "分",
        "point": "分",
        "check": "检查您的成果",
        "pass": "通过",
        "fail": "未通过",
    },
}

#: What each value is, in words, for the handout (never the raw placeholder names).
VALUE_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "student": "Your student id",
        "name": "Your name",
        "seed4": "Your code (in the names you make)",
        "seed6": "Your long code",
        "num2": "Your number",
        "port": "Your service port",
        "base": "Your services' address",
        "token": "Your token",
        "token_role": "Your token '{role}'",
        "acme_port": "Your ACME client's port (http-01)",
    },
    "fr": {
        "student": "Votre identifiant",
        "name": "Votre nom",
        "seed4": "Votre code (dans les noms que vous créez)",
        "seed6": "Votre code long",
        "num2": "Votre numéro",
        "port": "Port de vos services",
        "base": "Adresse de vos services",
        "token": "Votre jeton",
        "token_role": "Votre jeton « {role} »",
        "acme_port": "Port de votre client ACME (http-01)",
    },
    "ar": {
        "student": "معرّف الطالب الخاص بك",
        "name": "اسمك",
        "seed4": "رمزك (في الأسماء التي تنشئها)",
        "seed6": "رمزك الطويل",
        "num2": "رقمك",
        "port": "منفذ خدماتك",
        "base": "عنوان خدماتك",
        "token": "رمزك المميز",
        "token_role": "رمزك المميز «{role}»",
        "acme_port": "منفذ عميل ACME الخاص بك (http-01)",
    },
    "es": {
        "student": "Su identificador de estudiante",
        "name": "Su nombre",
        "seed4": "Su código (en los nombres que cree)",
        "seed6": "Su código largo",
        "num2": "Su número",
        "port": "Puerto de sus servicios",
        "base": "Dirección de sus servicios",
        "token": "Su token",
        "token_role": "Su token «{role}»",
        "acme_port": "Puerto de su cliente ACME (http-01)",
    },
    "pt": {
        "student": "O seu identificador de estudante",
        "name": "O seu nome",
        "seed4": "O seu código (nos nomes que criar)",
        "seed6": "O seu código longo",
        "num2": "O seu número",
        "port": "Porta dos seus serviços",
        "base": "Endereço dos seus serviços",
        "token": "O seu token",
        "token_role": "O seu token «{role}»",
        "acme_port": "Porta do seu cliente ACME (http-01)",
    },
    "ru": {
        "student": "Ваш идентификатор слушателя",
        "name": "Ваше имя",
        "seed4": "Ваш код (в создаваемых вами именах)",
        "seed6": "Ваш длинный код",
        "num2": "Ваш номер",
        "port": "Порт ваших служб",
        "base": "Адрес ваших служб",
        "token": "Ваш токен",
        "token_role": "Ваш токен «{role}»",
        "acme_port": "Порт вашего клиента ACME (http-01)",
    },
    "zh_CN": {
        "student": "您的学员编号",
        "name": "您的姓名",
        "seed4": "您的代码（用于您创建的名称中）",
        "seed6": "您的长代码",
        "num2": "您的编号",
        "port": "您的服务端口",
        "base": "您的服务地址",
        "token": "您的令牌",
        "token_role": "您的令牌“{role}”",
        "acme_port": "您的 ACME 客户端端口（http-01）",
    },
}

#: A check's default label, by kind (a pack may give its own).
KIND_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "cert": "certificate",
        "crl": "CRL",
        "chain": "certificate chain",
        "ocsp": "OCSP answer",
        "token": "key on the token",
        "signature": "signature",
        "audit": "audit trail",
        "acme": "certificate through ACME",
    },
    "fr": {
        "cert": "certificat",
        "crl": "LCR",
        "chain": "chaîne de certificats",
        "ocsp": "réponse OCSP",
        "token": "clé sur le jeton",
        "signature": "signature",
        "audit": "piste d'audit",
        "acme": "certificat obtenu par ACME",
    },
    "ar": {
        "cert": "الشهادة",
        "crl": "قائمة الشهادات الملغاة (CRL)",
        "chain": "سلسلة الشهادات",
        "ocsp": "إجابة OCSP",
        "token": "المفتاح على الرمز المميز",
        "signature": "التوقيع",
        "audit": "سجل التدقيق",
        "acme": "شهادة عبر ACME",
    },
    "es": {
        "cert": "certificado",
        "crl": "CRL",
        "chain": "cadena de certificados",
        "ocsp": "respuesta OCSP",
        "token": "clave en el token",
        "signature": "firma",
        "audit": "registro de auditoría",
        "acme": "certificado obtenido por ACME",
    },
    "pt": {
        "cert": "certificado",
        "crl": "LCR",
        "chain": "cadeia de certificados",
        "ocsp": "resposta OCSP",
        "token": "chave no token",
        "signature": "assinatura",
        "audit": "registo de auditoria",
        "acme": "certificado obtido por ACME",
    },
    "ru": {
        "cert": "сертификат",
        "crl": "СОС (CRL)",
        "chain": "цепочка сертификатов",
        "ocsp": "ответ OCSP",
        "token": "ключ на токене",
        "signature": "подпись",
        "audit": "журнал аудита",
        "acme": "сертификат через ACME",
    },
    "zh_CN": {
        "cert": "证书",
        "crl": "CRL",
        "chain": "证书链",
        "ocsp": "OCSP 响应",
        "token": "令牌上的密钥",
        "signature": "签名",
        "audit": "审计记录",
        "acme": "通过 ACME 获取的证书",
    },
}

#: What a failed check found, per language; the pack's hint says what to do about it.
FINDINGS: dict[str, dict[str, str]] = {
    "en": {
        "no-ca": "no CA named {ca}",
        "no-cert": "no certificate for {cn} issued by {ca}",
        "profile": "issued with profile {found}, expected {expected}",
        "san": "subject alternative name {expected} missing (found: {found})",
        "key-type": "key type {found}, expected {expected}",
        "not-on-token": "the key is not on token {token}",
        "lint": "lint errors: {found}",
        "no-crl": "{ca} has published no CRL",
        "stale-crl": "the latest CRL of {ca} expired at {found}",
        "not-in-crl": "serial {serial} is not in the latest CRL of {ca}",
        "crl-reason": "serial {serial} is in the CRL with reason {found}, expected {expected}",
        "chain-depth": "the chain of {ca} has {found} certificate(s), expected {expected}",
        "chain-broken": "the chain breaks at {found}",
        "ocsp-unreachable": "no OCSP answer at {found}",
        "ocsp-status": "OCSP says {found} for {cn}, expected {expected}",
        "no-key": "no private key labelled {label} on token {token}",
        "extractable": "key {label} can be extracted or is not sensitive",
        "key-count": "token {token} holds {found} private key(s), expected {expected}",
        "no-file": "file {file} not found in your work folder",
        "verdict": "{file} verifies as {found}, expected {expected}",
        "reason": "{file}: the validator does not report {expected} (reports: {found})",
        "level": "{file} is not signed at {expected}",
        "audit": "the audit trail does not verify: {found}",
        "audit-idle": "your audit trail records nothing since the start: do the exercises first",
        "no-acme-endpoint": "no ACME endpoint {endpoint} for CA {ca}",
        "no-acme-cert": "no certificate for {name} issued through ACME by {ca}",
        "acme-file": "{file} does not hold the certificate issued through ACME for {name}",
        "subject": "the subject is {found}, expected {expected}",
        "not-that-key": "the certified key is not the key labelled {label} on token {token}",
        "token-missing": "token {token} is missing",
    },
    "fr": {
        "no-ca": "aucune AC nommée {ca}",
        "no-cert": "aucun certificat pour {cn} émis par {ca}",
        "profile": "émis avec le profil {found}, attendu {expected}",
        "san": "nom alternatif {expected} absent (trouvés : {found})",
        "key-type": "type de clé {found}, attendu {expected}",
        "not-on-token": "la clé n'est pas sur le jeton {token}",
        "lint": "erreurs de conformité : {found}",
        "no-crl": "{ca} n'a publié aucune LCR",
        "stale-crl": "la dernière LCR de {ca} a expiré le {found}",
        "not-in-crl": "le numéro {serial} n'est pas dans la dernière LCR de {ca}",
        "crl-reason": "le numéro {serial} est dans la LCR avec le motif {found}, attendu {expected}",
        "chain-depth": "la chaîne de {ca} compte {found} certificat(s), attendu {expected}",
        "chain-broken": "la chaîne est rompue à {found}",
        "ocsp-unreachable": "pas de réponse OCSP à {found}",
        "ocsp-status": "OCSP répond {found} pour {cn}, attendu {expected}",
        "no-key": "aucune clé privée nommée {label} sur le jeton {token}",
        "extractable": "la clé {label} est extractible ou non sensible",
        "key-count": "le jeton {token} contient {found} clé(s) privée(s), attendu {expected}",
        "no-file": "fichier {file} introuvable dans votre dossier de travail",
        "verdict": "{file} est vérifié {found}, attendu {expected}",
        "reason": "{file} : le validateur ne signale pas {expected} (il signale : {found})",
        "level": "{file} n'est pas signé au niveau {expected}",
        "audit": "la piste d'audit ne se vérifie pas : {found}",
        "audit-idle": "votre piste d'audit n'enregistre rien depuis le départ : faites d'abord les exercices",
        "no-acme-endpoint": "aucun point d’accès ACME {endpoint} pour l’AC {ca}",
        "no-acme-cert": "aucun certificat pour {name} émis par {ca} via ACME",
        "acme-file": "{file} ne contient pas le certificat émis via ACME pour {name}",
        "subject": "le sujet est {found}, attendu {expected}",
        "not-that-key": "la clé certifiée n'est pas la clé nommée {label} sur le jeton {token}",
        "token-missing": "le jeton {token} est absent",
    },
    "ar": {
        "no-ca": "لا توجد سلطة تصديق باسم {ca}",
        "no-cert": "لا توجد شهادة لـ {cn} صادرة عن {ca}",
        "profile": "صدرت بملف التعريف {found}، والمتوقع {expected}",
        "san": "الاسم البديل للموضوع {expected} غير موجود (الموجود: {found})",
        "key-type": "نوع المفتاح {found}، والمتوقع {expected}",
        "not-on-token": "المفتاح ليس على الرمز المميز {token}",
        "lint": "أخطاء المطابقة: {found}",
        "no-crl": "لم تنشر {ca} أي قائمة شهادات ملغاة",
        "stale-crl": "انتهت صلاحية آخر قائمة شهادات ملغاة لـ {ca} في {found}",
        "not-in-crl": "الرقم التسلسلي {serial} ليس في آخر قائمة شهادات ملغاة لـ {ca}",
        "crl-reason": "الرقم التسلسلي {serial} في القائمة بالسبب {found}، والمتوقع {expected}",
        "chain-depth": "سلسلة {ca} فيها {found} شهادة، والمتوقع {expected}",
        "chain-broken": "السلسلة منقطعة عند {found}",
        "ocsp-unreachable": "لا توجد إجابة OCSP على {found}",
        "ocsp-status": "يجيب OCSP بـ {found} عن {cn}، والمتوقع {expected}",
        "no-key": "لا يوجد مفتاح خاص باسم {label} على الرمز المميز {token}",
        "extractable": "المفتاح {label} قابل للاستخراج أو غير حساس",
        "key-count": "يحمل الرمز المميز {token} عدد {found} من المفاتيح الخاصة، والمتوقع {expected}",
        "no-file": "الملف {file} غير موجود في مجلد عملك",
        "verdict": "نتيجة التحقق من {file} هي {found}، والمتوقع {expected}",
        "reason": "{file}: لا يُبلغ المدقق عن {expected} (يُبلغ عن: {found})",
        "level": "{file} غير موقَّع بالمستوى {expected}",
        "audit": "سجل التدقيق لا يجتاز التحقق: {found}",
        "audit-idle": "سجل التدقيق لم يسجل شيئًا منذ البداية: أنجز التمارين أولًا",
        "no-acme-endpoint": "لا توجد نقطة وصول ACME باسم {endpoint} لسلطة التصديق {ca}",
        "no-acme-cert": "لا توجد شهادة لـ {name} أصدرتها {ca} عبر ACME",
        "acme-file": "لا يحتوي {file} على الشهادة الصادرة عبر ACME لـ {name}",
        "subject": "الموضوع هو {found}، والمتوقع {expected}",
        "not-that-key": "المفتاح المصدَّق ليس المفتاح المسمى {label} على الرمز المميز {token}",
        "token-missing": "الرمز المميز {token} غير موجود",
    },
    "es": {
        "no-ca": "no hay ninguna AC llamada {ca}",
        "no-cert": "no hay ningún certificado para {cn} emitido por {ca}",
        "profile": "emitido con el perfil {found}, se esperaba {expected}",
        "san": "falta el nombre alternativo {expected} (encontrados: {found})",
        "key-type": "tipo de clave {found}, se esperaba {expected}",
        "not-on-token": "la clave no está en el token {token}",
        "lint": "errores de conformidad: {found}",
        "no-crl": "{ca} no ha publicado ninguna CRL",
        "stale-crl": "la última CRL de {ca} caducó el {found}",
        "not-in-crl": "el número de serie {serial} no está en la última CRL de {ca}",
        "crl-reason": "el número de serie {serial} está en la CRL con el motivo {found}, se esperaba {expected}",
        "chain-depth": "la cadena de {ca} tiene {found} certificado(s), se esperaba {expected}",
        "chain-broken": "la cadena se rompe en {found}",
        "ocsp-unreachable": "ninguna respuesta OCSP en {found}",
        "ocsp-status": "OCSP responde {found} para {cn}, se esperaba {expected}",
        "no-key": "ninguna clave privada con la etiqueta {label} en el token {token}",
        "extractable": "la clave {label} se puede extraer o no es sensible",
        "key-count": "el token {token} contiene {found} clave(s) privada(s), se esperaba {expected}",
        "no-file": "no se encuentra el archivo {file} en su carpeta de trabajo",
        "verdict": "{file} se verifica como {found}, se esperaba {expected}",
        "reason": "{file}: el validador no indica {expected} (indica: {found})",
        "level": "{file} no está firmado en el nivel {expected}",
        "audit": "el registro de auditoría no se verifica: {found}",
        "audit-idle": "su registro de auditoría no registra nada desde el inicio: haga primero los ejercicios",
        "no-acme-endpoint": "no hay ningún punto de acceso ACME {endpoint} para la AC {ca}",
        "no-acme-cert": "no hay ningún certificado para {name} emitido por {ca} mediante ACME",
        "acme-file": "{file} no contiene el certificado emitido mediante ACME para {name}",
        "subject": "el sujeto es {found}, se esperaba {expected}",
        "not-that-key": "la clave certificada no es la clave con la etiqueta {label} en el token {token}",
        "token-missing": "falta el token {token}",
    },
    "pt": {
        "no-ca": "nenhuma AC chamada {ca}",
        "no-cert": "nenhum certificado para {cn} emitido por {ca}",
        "profile": "emitido com o perfil {found}, esperado {expected}",
        "san": "nome alternativo {expected} em falta (encontrados: {found})",
        "key-type": "tipo de chave {found}, esperado {expected}",
        "not-on-token": "a chave não está no token {token}",
        "lint": "erros de conformidade: {found}",
        "no-crl": "{ca} não publicou nenhuma LCR",
        "stale-crl": "a última LCR de {ca} expirou em {found}",
        "not-in-crl": "o número de série {serial} não está na última LCR de {ca}",
        "crl-reason": "o número de série {serial} está na LCR com o motivo {found}, esperado {expected}",
        "chain-depth": "a cadeia de {ca} tem {found} certificado(s), esperado {expected}",
        "chain-broken": "a cadeia quebra em {found}",
        "ocsp-unreachable": "nenhuma resposta OCSP em {found}",
        "ocsp-status": "o OCSP responde {found} para {cn}, esperado {expected}",
        "no-key": "nenhuma chave privada com o rótulo {label} no token {token}",
        "extractable": "a chave {label} pode ser extraída ou não é sensível",
        "key-count": "o token {token} contém {found} chave(s) privada(s), esperado {expected}",
        "no-file": "ficheiro {file} não encontrado na sua pasta de trabalho",
        "verdict": "{file} verifica-se como {found}, esperado {expected}",
        "reason": "{file}: o validador não indica {expected} (indica: {found})",
        "level": "{file} não está assinado no nível {expected}",
        "audit": "o registo de auditoria não se verifica: {found}",
        "audit-idle": "o seu registo de auditoria não regista nada desde o início: faça primeiro os exercícios",
        "no-acme-endpoint": "nenhum ponto de acesso ACME {endpoint} para a AC {ca}",
        "no-acme-cert": "nenhum certificado para {name} emitido por {ca} através de ACME",
        "acme-file": "{file} não contém o certificado emitido através de ACME para {name}",
        "subject": "o sujeito é {found}, esperado {expected}",
        "not-that-key": "a chave certificada não é a chave com o rótulo {label} no token {token}",
        "token-missing": "o token {token} está em falta",
    },
    "ru": {
        "no-ca": "нет УЦ с именем {ca}",
        "no-cert": "нет сертификата для {cn}, выданного {ca}",
        "profile": "выдан по профилю {found}, ожидался {expected}",
        "san": "нет альтернативного имени {expected} (найдены: {found})",
        "key-type": "тип ключа {found}, ожидался {expected}",
        "not-on-token": "ключ не находится на токене {token}",
        "lint": "ошибки соответствия: {found}",
        "no-crl": "{ca} не опубликовал ни одного СОС",
        "stale-crl": "срок последнего СОС {ca} истёк {found}",
        "not-in-crl": "серийного номера {serial} нет в последнем СОС {ca}",
        "crl-reason": "серийный номер {serial} есть в СОС с причиной {found}, ожидалась {expected}",
        "chain-depth": "в цепочке {ca} сертификатов: {found}, ожидалось {expected}",
        "chain-broken": "цепочка обрывается на {found}",
        "ocsp-unreachable": "нет ответа OCSP по адресу {found}",
        "ocsp-status": "OCSP отвечает {found} для {cn}, ожидалось {expected}",
        "no-key": "на токене {token} нет закрытого ключа с меткой {label}",
        "extractable": "ключ {label} можно извлечь, или он не помечен как секретный",
        "key-count": "на токене {token} закрытых ключей: {found}, ожидалось {expected}",
        "no-file": "файл {file} не найден в вашей рабочей папке",
        "verdict": "результат проверки {file}: {found}, ожидалось {expected}",
        "reason": "{file}: валидатор не сообщает {expected} (сообщает: {found})",
        "level": "{file} не подписан на уровне {expected}",
        "audit": "журнал аудита не проходит проверку: {found}",
        "audit-idle": "ваш журнал аудита ничего не записал с начала занятия: сначала выполните упражнения",
        "no-acme-endpoint": "нет точки доступа ACME {endpoint} для УЦ {ca}",
        "no-acme-cert": "нет сертификата для {name}, выпущенного {ca} через ACME",
        "acme-file": "{file} не содержит сертификат, выпущенный через ACME для {name}",
        "subject": "субъект {found}, ожидался {expected}",
        "not-that-key": "сертифицированный ключ не является ключом с меткой {label} на токене {token}",
        "token-missing": "токен {token} отсутствует",
    },
    "zh_CN": {
        "no-ca": "没有名为 {ca} 的 CA",
        "no-cert": "没有由 {ca} 为 {cn} 签发的证书",
        "profile": "使用配置文件 {found} 签发，应为 {expected}",
        "san": "缺少主体备用名称 {expected}（找到：{found}）",
        "key-type": "密钥类型为 {found}，应为 {expected}",
        "not-on-token": "密钥不在令牌 {token} 上",
        "lint": "合规检查错误：{found}",
        "no-crl": "{ca} 尚未发布任何 CRL",
        "stale-crl": "{ca} 的最新 CRL 已于 {found} 过期",
        "not-in-crl": "序列号 {serial} 不在 {ca} 的最新 CRL 中",
        "crl-reason": "序列号 {serial} 在 CRL 中的原因为 {found}，应为 {expected}",
        "chain-depth": "{ca} 的证书链有 {found} 张证书，应为 {expected}",
        "chain-broken": "证书链在 {found} 处断开",
        "ocsp-unreachable": "{found} 处没有 OCSP 响应",
        "ocsp-status": "OCSP 对 {cn} 的响应为 {found}，应为 {expected}",
        "no-key": "令牌 {token} 上没有标签为 {label} 的私钥",
        "extractable": "密钥 {label} 可被导出或不是敏感密钥",
        "key-count": "令牌 {token} 上有 {found} 个私钥，应为 {expected}",
        "no-file": "在您的工作文件夹中找不到文件 {file}",
        "verdict": "{file} 的验证结果为 {found}，应为 {expected}",
        "reason": "{file}：验证器未报告 {expected}（报告的是：{found}）",
        "level": "{file} 未按 {expected} 级别签名",
        "audit": "审计记录未通过验证：{found}",
        "audit-idle": "您的审计记录自开始以来没有任何内容：请先完成练习",
        "no-acme-endpoint": "CA {ca} 没有 ACME 端点 {endpoint}",
        "no-acme-cert": "没有 {ca} 通过 ACME 为 {name} 签发的证书",
        "acme-file": "{file} 不包含通过 ACME 为 {name} 签发的证书",
        "subject": "主体为 {found}，应为 {expected}",
        "not-that-key": "被认证的密钥不是令牌 {token} 上标签为 {label} 的密钥",
        "token-missing": "缺少令牌 {token}",
    },
}


def kind_label(lang: str, kind: str) -> str:
    return KIND_LABELS.get(lang, KIND_LABELS["en"]).get(kind, kind)


def word(lang: str, key: str) -> str:
    return WORDS.get(lang, WORDS["en"]).get(key, WORDS["en"][key])


#: Languages written right to left: data inside their texts is isolated left to right.
RIGHT_TO_LEFT = ("ar",)
LRI, PDI = "\u2066", "\u2069"
#: A command quoted in a pack text ('idtoolkit ...', 'openssl ...'): kept as in English.
COMMAND = re.compile(r"'((?:idtoolkit|openssl|pkcs11-tool|softhsm2-util|export|cd) [^'\n]*)'")


def isolate(value: str) -> str:
    """``value`` as one left-to-right island (U+2066 … U+2069) inside right-to-left text."""
    return f"{LRI}{value}{PDI}"


#: A Latin run in a right-to-left sentence: a DN, path, URL, host, file name, flag, key label
#: (``ca-{seed4}``, ``Citizen {num2} {seed4}``) or term: printable ASCII words joined by single
#: spaces, so a whole DN (``CN=HSM Root {seed4},O=Lab {student},C=SN``) is one island.
#: Parentheses end a run: an island holding one of a pair would break the pair's mirroring.
DATA = re.compile(r"[!-'*-~]+(?: [!-'*-~]+)*")
DATA_TAIL = ".,;:"


def _isolate_data(match: re.Match[str]) -> str:
    run = match.group(0)
    body = run.rstrip(DATA_TAIL)
    if not body or not any(c.isalnum() or c == "}" for c in body):
        return run
    return isolate(body) + run[len(body) :]


def bidi(text: str, lang: str) -> str:
    """A pack text ready for a right-to-left reader: each quoted command, each indented
    command line and each Latin run that is data (DN, path, URL, host, file name) is isolated
    left to right, so "--ca issuing" or "{base}/ocsp/issuing" never reads backwards.
    Other languages get the text as it is."""
    if lang not in RIGHT_TO_LEFT:
        return text
    lines = []
    for line in text.split("\n"):
        body = line.lstrip(" ")
        if body and line.startswith("    "):
            lines.append(line[: len(line) - len(body)] + isolate(body))
            continue
        parts, last = [], 0
        for match in COMMAND.finditer(line):
            parts.append(DATA.sub(_isolate_data, line[last : match.start()]))
            parts.append(isolate(match.group(0)))
            last = match.end()
        parts.append(DATA.sub(_isolate_data, line[last:]))
        lines.append("".join(parts))
    return "\n".join(lines)


def rtl_values(values: dict[str, str], lang: str) -> dict[str, str]:
    """The student's values, each isolated left to right when ``lang`` is right to left."""
    if lang not in RIGHT_TO_LEFT:
        return values
    return {key: isolate(value) for key, value in values.items()}


def finding(lang: str, code: str, **fields: Any) -> str:
    template = FINDINGS.get(lang, FINDINGS["en"]).get(code, FINDINGS["en"][code])
    params = {k: str(v) for k, v in fields.items()}
    if lang in RIGHT_TO_LEFT:
        params = {k: isolate(v) for k, v in params.items()}
    return template.format_map(params)


def localized(texts: dict[str, str], lang: str) -> str:
    return texts.get(lang) or texts.get("en") or next(iter(texts.values()))


def value_lines(pack: Any, values: dict[str, str], lang: str) -> list[tuple[str, str]]:
    """The values the pack's texts use, each named in words (``num2`` is "Your number"),
    in a fixed order; the port is in the secrets' part already."""
    used = pack.text or ""
    labels = VALUE_LABELS.get(lang, VALUE_LABELS["en"])
    lines = []
    for key, value in values.items():
        if key == "port" or ("{" + key + "}" not in used and key not in ("student", "name")):
            continue
        if key.startswith("token_"):
            label = labels["token_role"].format(role=key.removeprefix("token_"))
        else:
            label = labels.get(key, key)
        lines.append((label, value))
    return lines


def handout(pack: Any, student: Any, values: dict[str, str], secret: dict[str, str]) -> str:
    """The student's sheet: instructions, their values and secrets, every exercise, in the
    student's language; in Arabic each command, path and value is isolated left to right."""
    from idtoolkit.apps.labs.values import render

    lang = student.lang
    shown = rtl_values(values, lang)

    def text(texts: dict[str, str]) -> str:
        return str(render(bidi(localized(texts, lang), lang), shown)).strip()

    def data(value: str) -> str:
        return f"`{value}`" if lang not in RIGHT_TO_LEFT else isolate(f"`{value}`")

    lines = [
        f"# {localized(pack.title, lang)}",
        "",
        f"{student.name} ({student.id if lang not in RIGHT_TO_LEFT else isolate(student.id)})",
        "",
        text(pack.instructions),
        "",
        f"## {word(lang, 'values')}",
        "",
    ]
    lines += [f"- {label}: {data(value)}" for label, value in value_lines(pack, values, lang)]
    lines += [
        "",
        f"## {word(lang, 'secrets')}",
        "",
        f"- {word(lang, 'workspace')}: {data(f'students/{student.id}/workspace')}",
        f"- {word(lang, 'passphrase')}: {data(secret['passphrase'])}",
        f"- {word(lang, 'pin')}: {data(secret['pin'])}",
        f"- {word(lang, 'so_pin')}: {data(secret['so_pin'])}",
        f"- {word(lang, 'port')}: {data(str(student.port))}",
        "",
        f"## {word(lang, 'exercises')}",
        "",
    ]
    for exercise in pack.exercises:
        lines += [
            f"### {exercise.id}: {localized(exercise.title, lang)} "
            f"({exercise.points} {word(lang, 'point' if exercise.points == 1 else 'points')})",
            "",
            text(exercise.statement),
            "",
        ]
    lines += [
        f"## {word(lang, 'check')}",
        "",
        bidi(f"    idtoolkit lab check --class ../../.. --student {student.id}", lang),
        "",
    ]
    return "\n".join(lines)
