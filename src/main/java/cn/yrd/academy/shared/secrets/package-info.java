/**
 * The secrets vault: AES-256-GCM encryption of small secrets under the key from {@code ACADEMY_SECRETS_KEY}.
 */
package cn.yrd.academy.shared.secrets;
