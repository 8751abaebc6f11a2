import type { Language } from '../../shared/roles.js';

/**
 * The e-mails the platform sends, in the recipient's language. Plain text: it reads well in any
 * mail program, survives forwarding, and carries no tracking.
 */
type Template<P> = Record<Language, (params: P) => { subject: string; body: string }>;

const signature = {
  en: 'Implementation Support Unit\nConvention on Cluster Munitions',
  fr: "Unité d'appui à l'application\nConvention sur les armes à sous-munitions",
  es: 'Dependencia de Apoyo a la Aplicación\nConvención sobre Municiones en Racimo',
};

export const invitationMail: Template<{ name: string; link: string; role: string }> = {
  en: ({ name, link, role }) => ({
    subject: 'Your account on the CCM Implementation Support Unit platform',
    body: `Dear ${name},\n\nAn account has been opened for you on the platform of the Implementation Support Unit of the Convention on Cluster Munitions (role: ${role}).\n\nTo choose your password and activate the account, open this link within 7 days:\n${link}\n\nThe link can be used once. If you did not expect this message, you can ignore it.\n\n${signature.en}`,
  }),
  fr: ({ name, link, role }) => ({
    subject: "Votre compte sur la plateforme de l'Unité d'appui à l'application de la CCM",
    body: `Madame, Monsieur ${name},\n\nUn compte a été ouvert pour vous sur la plateforme de l'Unité d'appui à l'application de la Convention sur les armes à sous-munitions (rôle : ${role}).\n\nPour choisir votre mot de passe et activer le compte, ouvrez ce lien dans les 7 jours :\n${link}\n\nLe lien ne peut servir qu'une fois. Si vous n'attendiez pas ce message, vous pouvez l'ignorer.\n\n${signature.fr}`,
  }),
  es: ({ name, link, role }) => ({
    subject: 'Su cuenta en la plataforma de la Dependencia de Apoyo a la Aplicación de la CMR',
    body: `Estimado/a ${name}:\n\nSe ha abierto una cuenta para usted en la plataforma de la Dependencia de Apoyo a la Aplicación de la Convención sobre Municiones en Racimo (función: ${role}).\n\nPara elegir su contraseña y activar la cuenta, abra este enlace en un plazo de 7 días:\n${link}\n\nEl enlace solo puede usarse una vez. Si no esperaba este mensaje, puede ignorarlo.\n\n${signature.es}`,
  }),
};

export const passwordResetMail: Template<{ name: string; link: string }> = {
  en: ({ name, link }) => ({
    subject: 'Reset your password – CCM Implementation Support Unit',
    body: `Dear ${name},\n\nSomeone asked to reset the password of your account. To choose a new password, open this link within one hour:\n${link}\n\nIf it was not you, ignore this message: your password stays as it is.\n\n${signature.en}`,
  }),
  fr: ({ name, link }) => ({
    subject: "Réinitialisez votre mot de passe – Unité d'appui à l'application de la CCM",
    body: `Madame, Monsieur ${name},\n\nUne réinitialisation du mot de passe de votre compte a été demandée. Pour choisir un nouveau mot de passe, ouvrez ce lien dans l'heure :\n${link}\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.\n\n${signature.fr}`,
  }),
  es: ({ name, link }) => ({
    subject: 'Restablezca su contraseña – Dependencia de Apoyo a la Aplicación de la CMR',
    body: `Estimado/a ${name}:\n\nSe ha solicitado restablecer la contraseña de su cuenta. Para elegir una nueva contraseña, abra este enlace en el plazo de una hora:\n${link}\n\nSi no fue usted, ignore este mensaje: su contraseña no cambia.\n\n${signature.es}`,
  }),
};

export const roleNames: Record<Language, Record<string, string>> = {
  en: {
    isu_admin: 'ISU administrator',
    isu_staff: 'ISU staff',
    coordinator: 'Presidency / Coordinator',
    state_focal_point: 'national focal point',
  },
  fr: {
    isu_admin: "administrateur de l'ISU",
    isu_staff: "personnel de l'ISU",
    coordinator: 'Présidence / Coordonnateur',
    state_focal_point: 'point focal national',
  },
  es: {
    isu_admin: 'administrador de la ISU',
    isu_staff: 'personal de la ISU',
    coordinator: 'Presidencia / Coordinador',
    state_focal_point: 'punto focal nacional',
  },
};

type ReminderParams = {
  name: string;
  state: string;
  obligation: string;
  deadline: string;
  days: number;
  link: string;
};

export const reminderMail: Template<ReminderParams> = {
  en: (p) => ({
    subject:
      p.days < 0
        ? `Overdue: ${p.obligation} – ${p.state}`
        : `Reminder: ${p.obligation} due on ${p.deadline} – ${p.state}`,
    body: `Dear ${p.name},\n\n${p.days < 0 ? `The deadline of ${p.deadline} for the following obligation of ${p.state} has passed` : `The following obligation of ${p.state} falls due on ${p.deadline}, in ${p.days} days`}:\n\n  ${p.obligation}\n\nThe Implementation Support Unit is ready to help. The State's obligations and deadlines:\n${p.link}\n\n${signature.en}`,
  }),
  fr: (p) => ({
    subject:
      p.days < 0
        ? `Échéance dépassée : ${p.obligation} – ${p.state}`
        : `Rappel : ${p.obligation}, échéance le ${p.deadline} – ${p.state}`,
    body: `Madame, Monsieur ${p.name},\n\n${p.days < 0 ? `L'échéance du ${p.deadline} de l'obligation suivante de ${p.state} est dépassée` : `L'obligation suivante de ${p.state} arrive à échéance le ${p.deadline}, dans ${p.days} jours`} :\n\n  ${p.obligation}\n\nL'Unité d'appui à l'application se tient à votre disposition. Obligations et échéances de l'État :\n${p.link}\n\n${signature.fr}`,
  }),
  es: (p) => ({
    subject:
      p.days < 0
        ? `Plazo vencido: ${p.obligation} – ${p.state}`
        : `Recordatorio: ${p.obligation}, plazo el ${p.deadline} – ${p.state}`,
    body: `Estimado/a ${p.name}:\n\n${p.days < 0 ? `El plazo del ${p.deadline} de la siguiente obligación de ${p.state} ha vencido` : `La siguiente obligación de ${p.state} vence el ${p.deadline}, dentro de ${p.days} días`}:\n\n  ${p.obligation}\n\nLa Dependencia de Apoyo a la Aplicación está a su disposición. Obligaciones y plazos del Estado:\n${p.link}\n\n${signature.es}`,
  }),
};

/** Obligation names in the recipient's language, for reminders. */
export const obligationNames: Record<Language, Record<string, string>> = {
  en: {
    '3': 'Art. 3: destruction of stockpiled cluster munitions',
    '3.8': 'Art. 3(8): report on retained cluster munitions',
    '4': 'Art. 4: clearance of cluster munition remnants',
    '7-initial': 'Art. 7: initial transparency report',
    '7-annual': 'Art. 7: annual transparency report',
  },
  fr: {
    '3': 'Art. 3 : destruction des stocks d’armes à sous-munitions',
    '3.8': 'Art. 3(8) : rapport sur les armes à sous-munitions conservées',
    '4': 'Art. 4 : dépollution des restes d’armes à sous-munitions',
    '7-initial': 'Art. 7 : rapport initial de transparence',
    '7-annual': 'Art. 7 : rapport annuel de transparence',
  },
  es: {
    '3': 'Art. 3: destrucción de las existencias de municiones en racimo',
    '3.8': 'Art. 3(8): informe sobre las municiones en racimo retenidas',
    '4': 'Art. 4: limpieza de restos de municiones en racimo',
    '7-initial': 'Art. 7: informe inicial de transparencia',
    '7-annual': 'Art. 7: informe anual de transparencia',
  },
};

type ReportMessageParams = {
  name: string;
  state: string;
  kind: 'initial' | 'annual';
  year: number;
  /** A query of the ISU (to the focal points) or a focal point's reply (to the ISU). */
  message: 'query' | 'reply';
  body: string;
  link: string;
};

const reportTitle = {
  en: (p: ReportMessageParams) =>
    p.kind === 'initial' ? 'initial transparency report' : `annual transparency report ${p.year}`,
  fr: (p: ReportMessageParams) =>
    p.kind === 'initial' ? 'rapport initial de transparence' : `rapport annuel de transparence ${p.year}`,
  es: (p: ReportMessageParams) =>
    p.kind === 'initial' ? 'informe inicial de transparencia' : `informe anual de transparencia ${p.year}`,
};

/** A message in the thread of an Article 7 report: the ISU's query, or the State's reply. */
export const reportMessageMail: Template<ReportMessageParams> = {
  en: (p) => ({
    subject: `${p.message === 'query' ? 'Query from the ISU' : 'Reply from the State'}: ${p.state}, ${reportTitle.en(p)}`,
    body: `Dear ${p.name},\n\n${p.message === 'query' ? `The Implementation Support Unit has a query about the ${reportTitle.en(p)} of ${p.state}` : `The focal point of ${p.state} replied about its ${reportTitle.en(p)}`}:\n\n${p.body}\n\nRead and answer on the platform:\n${p.link}\n\n${signature.en}`,
  }),
  fr: (p) => ({
    subject: `${p.message === 'query' ? "Question de l'ISU" : "Réponse de l'État"} : ${p.state}, ${reportTitle.fr(p)}`,
    body: `Madame, Monsieur ${p.name},\n\n${p.message === 'query' ? `L'Unité d'appui à l'application a une question sur le ${reportTitle.fr(p)} de ${p.state}` : `Le point focal de ${p.state} a répondu au sujet de son ${reportTitle.fr(p)}`} :\n\n${p.body}\n\nLire et répondre sur la plateforme :\n${p.link}\n\n${signature.fr}`,
  }),
  es: (p) => ({
    subject: `${p.message === 'query' ? 'Consulta de la ISU' : 'Respuesta del Estado'}: ${p.state}, ${reportTitle.es(p)}`,
    body: `Estimado/a ${p.name}:\n\n${p.message === 'query' ? `La Dependencia de Apoyo a la Aplicación tiene una consulta sobre el ${reportTitle.es(p)} de ${p.state}` : `El punto focal de ${p.state} respondió sobre su ${reportTitle.es(p)}`}:\n\n${p.body}\n\nLea y responda en la plataforma:\n${p.link}\n\n${signature.es}`,
  }),
};

type ReportSubmittedParams = {
  name: string;
  state: string;
  kind: 'initial' | 'annual';
  year: number;
  version: number;
  /** 'YYYY-MM-DD HH:MM' in UTC. */
  submittedAt: string;
  submitter: string;
  link: string;
};

const submittedTitle: Record<Language, (p: ReportSubmittedParams) => string> = {
  en: (p) => (p.kind === 'initial' ? 'initial transparency report' : `annual transparency report ${p.year}`),
  fr: (p) =>
    p.kind === 'initial' ? 'rapport initial de transparence' : `rapport annuel de transparence ${p.year}`,
  es: (p) =>
    p.kind === 'initial' ? 'informe inicial de transparencia' : `informe anual de transparencia ${p.year}`,
};

/** To the State's focal points: the platform has the report, as this version, at this time. */
export const reportSubmittedMail: Template<ReportSubmittedParams> = {
  en: (p) => ({
    subject: `Received: ${submittedTitle.en(p)} of ${p.state} (version ${p.version})`,
    body: `Dear ${p.name},\n\nThe ${submittedTitle.en(p)} of ${p.state} was submitted on the platform by ${p.submitter} on ${p.submittedAt} (UTC) and registered as version ${p.version}.${p.version > 1 ? ' It corrects the earlier version, which stays public until the ISU publishes this one.' : ''}\n\nThe report as submitted:\n${p.link}\n\nThe Implementation Support Unit will review it and may send you queries before publishing it.\n\n${signature.en}`,
  }),
  fr: (p) => ({
    subject: `Reçu : ${submittedTitle.fr(p)} de ${p.state} (version ${p.version})`,
    body: `Madame, Monsieur ${p.name},\n\nLe ${submittedTitle.fr(p)} de ${p.state} a été soumis sur la plateforme par ${p.submitter} le ${p.submittedAt} (UTC) et enregistré comme version ${p.version}.${p.version > 1 ? " Il corrige la version précédente, qui reste publique jusqu'à ce que l'ISU publie celle-ci." : ''}\n\nLe rapport tel que soumis :\n${p.link}\n\nL'Unité d'appui à l'application va l'examiner et pourra vous poser des questions avant de le publier.\n\n${signature.fr}`,
  }),
  es: (p) => ({
    subject: `Recibido: ${submittedTitle.es(p)} de ${p.state} (versión ${p.version})`,
    body: `Estimado/a ${p.name}:\n\nEl ${submittedTitle.es(p)} de ${p.state} fue presentado en la plataforma por ${p.submitter} el ${p.submittedAt} (UTC) y registrado como versión ${p.version}.${p.version > 1 ? ' Corrige la versión anterior, que sigue siendo pública hasta que la ISU publique esta.' : ''}\n\nEl informe tal como se presentó:\n${p.link}\n\nLa Dependencia de Apoyo a la Aplicación lo examinará y podrá enviarle consultas antes de publicarlo.\n\n${signature.es}`,
  }),
};

/** To ISU staff: a report (or a correction) waits for review and publication. */
export const reportToReviewMail: Template<ReportSubmittedParams> = {
  en: (p) => ({
    subject: `To review: ${p.state}, ${submittedTitle.en(p)} (version ${p.version})`,
    body: `Dear ${p.name},\n\n${p.state} submitted its ${submittedTitle.en(p)} on the platform: version ${p.version}${p.version > 1 ? ' (a correction)' : ''}, by ${p.submitter} on ${p.submittedAt} (UTC).\n\nReview and publish it:\n${p.link}\n\n${signature.en}`,
  }),
  fr: (p) => ({
    subject: `À examiner : ${p.state}, ${submittedTitle.fr(p)} (version ${p.version})`,
    body: `Madame, Monsieur ${p.name},\n\n${p.state} a soumis son ${submittedTitle.fr(p)} sur la plateforme : version ${p.version}${p.version > 1 ? ' (une correction)' : ''}, par ${p.submitter} le ${p.submittedAt} (UTC).\n\nL'examiner et le publier :\n${p.link}\n\n${signature.fr}`,
  }),
  es: (p) => ({
    subject: `Para examinar: ${p.state}, ${submittedTitle.es(p)} (versión ${p.version})`,
    body: `Estimado/a ${p.name}:\n\n${p.state} presentó su ${submittedTitle.es(p)} en la plataforma: versión ${p.version}${p.version > 1 ? ' (una corrección)' : ''}, por ${p.submitter} el ${p.submittedAt} (UTC).\n\nExaminarlo y publicarlo:\n${p.link}\n\n${signature.es}`,
  }),
};
