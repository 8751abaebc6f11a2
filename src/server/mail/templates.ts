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
