package vn.cds.teams.api.documents;

/** How the signer signs (Decree 30/2020, Article 13 and Appendix I): in their own right, or for someone. */
public enum SigningAuthority {
    /** The head signs ("CHỦ TỊCH"; with a collective body "TM. ỦY BAN NHÂN DÂN" above). */
    HEAD,
    /** Ký thay: a deputy signs for the head ("KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"). */
    KT,
    /** Quyền: the acting head signs ("Q. CHỦ TỊCH"). */
    Q,
    /** Thừa lệnh: the head of the office signs by the head's order ("TL. CHỦ TỊCH" / "CHÁNH VĂN PHÒNG"). */
    TL,
    /** Thừa ủy quyền: signed by the head's written authorisation ("TUQ. CHỦ TỊCH" / "GIÁM ĐỐC ..."). */
    TUQ
}
