/** How a credential is issued: the choices of the create and reset forms. */
export const credentialModeOptions = [
  { value: 'password', label: 'Cấp mật khẩu tạm thời', hint: 'Hiển thị một lần cho bạn; người dùng phải đổi ở lần đăng nhập đầu tiên.' },
  { value: 'invitation', label: 'Tạo liên kết mời', hint: 'Người dùng tự đặt mật khẩu qua liên kết, hiệu lực 7 ngày.' },
];
