//! A Status List Token's byte array, inflated (draft-ietf-oauth-status-list-17 §4.1: DEFLATE in
//! the ZLIB format, RFC 1950) under `MAX_LIST_BYTES`, so that a small `lst` cannot fill the
//! browser's memory. Reading its entries is the core's (`status_list::List`).

use authpick_core::token::protocols::status_list::{Compressed, List, StatusError, MAX_LIST_BYTES};

/// The list `c` compresses.
pub fn inflate(c: &Compressed) -> Result<List, StatusError> {
    use miniz_oxide::inflate::{decompress_to_vec_zlib_with_limit, TINFLStatus};
    let bytes =
        decompress_to_vec_zlib_with_limit(&c.zlib, MAX_LIST_BYTES).map_err(|e| match e.status {
            TINFLStatus::HasMoreOutput => StatusError::TooLarge,
            _ => StatusError::NotZlib,
        })?;
    List::new(c.bits, bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use authpick_core::token::protocols::status_list::Bits;

    #[test]
    fn a_list_that_inflates_past_the_cap_is_refused_and_one_at_it_is_read() {
        let zeros = vec![0u8; MAX_LIST_BYTES + 1];
        let bomb = miniz_oxide::deflate::compress_to_vec_zlib(&zeros, 9);
        assert!(bomb.len() < 20_000, "{} bytes", bomb.len());
        let c = |zlib| Compressed {
            bits: Bits::One,
            zlib,
        };
        assert_eq!(inflate(&c(bomb)), Err(StatusError::TooLarge));
        let fits = miniz_oxide::deflate::compress_to_vec_zlib(&zeros[1..], 9);
        assert_eq!(
            inflate(&c(fits)).map(|l| l.len()),
            Ok(MAX_LIST_BYTES as u64 * 8)
        );
        // Raw DEFLATE without the ZLIB header is not what the draft specifies.
        let raw = miniz_oxide::deflate::compress_to_vec(&[0xB9, 0xA3], 9);
        assert_eq!(inflate(&c(raw)), Err(StatusError::NotZlib));
    }
}
